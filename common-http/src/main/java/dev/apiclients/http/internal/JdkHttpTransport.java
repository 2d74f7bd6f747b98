package dev.apiclients.http.internal;

import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Sends Feign requests with the JDK {@link HttpClient} and reads each body whole, once, into a
 * byte array of at most {@code maxBodyBytes}. It stands in for feign-java11's client: this library
 * reads every body whole anyway, so it asks the JDK for the bytes directly instead of an {@code
 * InputStream}, and bounds the size while reading. Any method (PATCH included) is sent as is;
 * nothing is retried here (the {@link RetryingTransport} decides that). The read timeout bounds the
 * whole response, body included; a gzip body is inflated (within the same limit) and a body in
 * another declared charset is handed on as UTF-8.
 */
public final class JdkHttpTransport {

  private final HttpClient client;
  private final int maxBodyBytes;
  private final String[] fixedHeaders;

  /**
   * @param client the JDK client (its connect timeout and redirect policy apply)
   * @param maxBodyBytes the largest body read; a longer one fails with an {@link IOException}
   */
  public JdkHttpTransport(HttpClient client, int maxBodyBytes) {
    this(client, maxBodyBytes, Map.of());
  }

  /**
   * @param client the JDK client (its connect timeout and redirect policy apply)
   * @param maxBodyBytes the largest body read; a longer one fails with an {@link IOException}
   * @param fixedHeaders headers set on every request as they are (credentials, {@code
   *     User-Agent}), replacing any of the same name: set here rather than through Feign's header
   *     templates, which would parse them again on every call
   */
  public JdkHttpTransport(HttpClient client, int maxBodyBytes, Map<String, String> fixedHeaders) {
    this.client = client;
    this.maxBodyBytes = maxBodyBytes;
    this.fixedHeaders = fixedHeaders.entrySet().stream()
        .flatMap(header -> java.util.stream.Stream.of(header.getKey(), header.getValue())).toArray(String[]::new);
  }

  /**
   * Sends a request whose URL the caller has already parsed (and checked).
   *
   * @param request the request
   * @param uri {@code request.url()} as a URI
   * @param options the timeouts (the read timeout applies to the whole response)
   * @return the response, its body read whole
   * @throws IOException if no complete response arrived
   */
  public Response execute(Request request, URI uri, Request.Options options) throws IOException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
    builder.timeout(Duration.ofMillis(options.readTimeoutMillis()));
    byte[] body = request.body();
    builder.method(request.httpMethod().name(), body == null || body.length == 0
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
      String name = header.getKey();
      if (!isRestricted(name)) {
        for (String value : header.getValue()) {
          builder.header(name, value);
        }
      }
    }
    for (int i = 0; i < fixedHeaders.length; i += 2) {
      builder.setHeader(fixedHeaders[i], fixedHeaders[i + 1]);
    }
    builder.setHeader("Accept-Encoding", "gzip");
    long timeoutMillis = options.readTimeoutMillis();
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    BoundedBody[] subscriber = new BoundedBody[1];
    HttpResponse<byte[]> response;
    try {
      // send() on the calling thread: no hand-off to another pool on the way back. The JDK bounds
      // the wait for the headers (the request timeout); BoundedBody bounds the body by the same deadline.
      response = client.send(builder.build(),
          info -> subscriber[0] = new BoundedBody(maxBodyBytes, deadline, timeoutMillis));
    } catch (IOException e) {
      if (subscriber[0] != null && subscriber[0].exceeded()) {
        throw new BodyTooLargeException(subscriber[0].limit());
      }
      if (isServerAuthChallenge(e)) {
        // With an authenticator (for a proxy) the JDK takes the API's own 401 for a challenge to
        // answer and, having no answer, fails the exchange: hand the 401 on as what it was.
        return Response.builder().status(401).reason("").request(request).headers(Map.of())
            .body(new byte[0]).build();
      }
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting for the response");
      interrupted.initCause(e);
      throw interrupted;
    }
    return Response.builder()
        .status(response.statusCode())
        .reason("")
        .request(request)
        .headers(withoutPseudoHeaders(response.headers().map()))
        .body(ResponseBodies.normalize(response.body(), response.headers(), maxBodyBytes))
        .build();
  }

  private static boolean isServerAuthChallenge(IOException e) {
    String message = e.getMessage();
    return message != null && e.getClass() == IOException.class
        && (message.equals("No credentials provided")
            || message.equals("WWW-Authenticate header missing for response code 401"));
  }

  /** The headers the JDK sets itself and refuses from callers. */
  private static boolean isRestricted(String name) {
    return switch (name.length()) {
      case 4 -> name.equalsIgnoreCase("host");
      case 6 -> name.equalsIgnoreCase("expect");
      case 7 -> name.equalsIgnoreCase("upgrade");
      case 10 -> name.equalsIgnoreCase("connection");
      case 14 -> name.equalsIgnoreCase("content-length");
      default -> false;
    };
  }

  /**
   * HTTP/2 pseudo-headers ({@code :status}) are not headers to the caller; HTTP/1.1 has none, so
   * the received (read-only) map is usually handed on as is, and Feign copies it.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Map<String, Collection<String>> withoutPseudoHeaders(Map<String, List<String>> received) {
    boolean any = false;
    for (String name : received.keySet()) {
      if (name.startsWith(":")) {
        any = true;
        break;
      }
    }
    if (!any) {
      return (Map) received;
    }
    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    received.forEach((name, values) -> {
      if (!name.startsWith(":")) {
        headers.put(name, values);
      }
    });
    return headers;
  }

  /** A response arrived whole but its body cannot be read (too large, corrupt); not worth retrying. */
  public static class UnreadableBodyException extends IOException {
    private static final long serialVersionUID = 1L;

    UnreadableBodyException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** A response body longer than the limit. */
  public static final class BodyTooLargeException extends UnreadableBodyException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(int limit) {
      super("the response body is larger than " + limit + " bytes; refused to read it", null);
    }
  }
}
