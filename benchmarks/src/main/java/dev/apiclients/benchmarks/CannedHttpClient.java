package dev.apiclients.benchmarks;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * A JDK {@link HttpClient} that answers every request on the calling thread with a canned
 * response (200 unless told otherwise), fed through the caller's body handler as one buffer: no sockets and no other threads,
 * so a benchmark over it measures only the CPU the client code spends around the transport.
 */
public final class CannedHttpClient extends HttpClient {

  private final Function<HttpRequest, Answer> answers;

  /**
   * One canned answer.
   *
   * @param status the status
   * @param headers the headers
   * @param body the body
   */
  public record Answer(int status, Map<String, List<String>> headers, byte[] body) {}

  /**
   * @param contentType the response's Content-Type
   * @param bodies the body to answer (with 200) for each request URI
   */
  public CannedHttpClient(String contentType, Function<URI, byte[]> bodies) {
    this(request -> new Answer(200, Map.of("Content-Type", List.of(contentType)), bodies.apply(request.uri())));
  }

  /**
   * @param answers the answer to each request
   */
  public CannedHttpClient(Function<HttpRequest, Answer> answers) {
    this.answers = answers;
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
    Answer answer = answers.apply(request);
    byte[] body = answer.body();
    HttpHeaders headers = HttpHeaders.of(answer.headers(), (name, value) -> true);
    HttpResponse.BodySubscriber<T> subscriber = handler.apply(new Info(answer.status(), headers));
    subscriber.onSubscribe(new Flow.Subscription() {
      @Override
      public void request(long n) {}

      @Override
      public void cancel() {}
    });
    subscriber.onNext(List.of(ByteBuffer.wrap(body)));
    subscriber.onComplete();
    T value = subscriber.getBody().toCompletableFuture().join();
    return new Response<>(request, answer.status(), headers, value);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return CompletableFuture.completedFuture(send(request, handler));
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> push) {
    return sendAsync(request, handler);
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return Optional.empty();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return Optional.of(Duration.ofSeconds(10));
  }

  @Override
  public Redirect followRedirects() {
    return Redirect.NEVER;
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return Optional.empty();
  }

  @Override
  public SSLContext sslContext() {
    return null;
  }

  @Override
  public SSLParameters sslParameters() {
    return new SSLParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return Optional.empty();
  }

  @Override
  public Version version() {
    return Version.HTTP_1_1;
  }

  @Override
  public Optional<Executor> executor() {
    return Optional.empty();
  }

  private record Info(int statusCode, HttpHeaders headers) implements HttpResponse.ResponseInfo {

    @Override
    public Version version() {
      return Version.HTTP_1_1;
    }
  }

  private record Response<T>(HttpRequest request, int statusCode, HttpHeaders headers, T body)
      implements HttpResponse<T> {

    @Override
    public Optional<HttpResponse<T>> previousResponse() {
      return Optional.empty();
    }

    @Override
    public Optional<SSLSession> sslSession() {
      return Optional.empty();
    }

    @Override
    public URI uri() {
      return request.uri();
    }

    @Override
    public Version version() {
      return Version.HTTP_1_1;
    }
  }
}
