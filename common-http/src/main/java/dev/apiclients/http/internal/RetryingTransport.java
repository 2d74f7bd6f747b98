package dev.apiclients.http.internal;

import dev.apiclients.http.ApiConnectionException;
import dev.apiclients.http.ErrorResponse;
import dev.apiclients.http.OriginPolicy;
import dev.apiclients.http.ResponseDecodingException;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.http.Sleeper;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The transport every client sends through. For each call it checks the origin (credentials only
 * go to the configured host), paces, sends, reads the whole body once, and retries per the {@link
 * RetryPolicy}. A call that gets no usable response ends in {@link ApiConnectionException}; a
 * non-2xx response is handed back for the error decoder to map.
 */
public final class RetryingTransport implements Client {

  /** The largest response body read; a longer one is refused rather than exhausting memory. */
  public static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

  private final JdkHttpTransport delegate;
  private final OriginPolicy originPolicy;
  private final RetryPolicy retryPolicy;
  private final RequestPacer pacer;
  private final Sleeper sleeper;
  private final Clock clock;
  private final Redactor redactor;
  private final ExchangeLog log;

  /**
   * @param delegate the real transport
   * @param originPolicy the only origin requests may go to
   * @param retryPolicy when to re-send
   * @param pacer spaces requests
   * @param sleeper waits between attempts
   * @param clock reads {@code Retry-After} dates
   * @param redactor masks secrets in messages
   * @param log logs exchanges
   */
  public RetryingTransport(
      JdkHttpTransport delegate, OriginPolicy originPolicy, RetryPolicy retryPolicy, RequestPacer pacer,
      Sleeper sleeper, Clock clock, Redactor redactor, ExchangeLog log) {
    this.delegate = delegate;
    this.originPolicy = originPolicy;
    this.retryPolicy = retryPolicy;
    this.pacer = pacer;
    this.sleeper = sleeper;
    this.clock = clock;
    this.redactor = redactor;
    this.log = log;
  }

  @Override
  public Response execute(Request original, Request.Options options) {
    Request request = withExplicitEmptyQueryValues(original);
    String method = request.httpMethod().name();
    String url = request.url();
    URI uri = toUri(url);
    originPolicy.requireSameOrigin(uri);
    for (int attempt = 1; ; attempt++) {
      awaitTurn(method, url);
      log.request(method, url, request.headers(), attempt);
      long start = System.nanoTime();
      Response response;
      try {
        response = delegate.execute(request, uri, options);
      } catch (IOException e) {
        if (causedBy(e, JdkHttpTransport.UnreadableBodyException.class)) {
          String safeUrl = redactor.url(method, url);
          throw new ResponseDecodingException(method + " " + safeUrl + " failed: " + safeMessage(e),
              new ErrorResponse(-1, method, safeUrl, null, "", List.of()));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        boolean sent = !neverSent(e);
        String what = describe(e, sent);
        log.failure(method, url, what, took);
        Optional<Duration> wait = retryPolicy.delayAfterConnectionFailure(method, sent, attempt);
        if (wait.isEmpty()) {
          throw connectionFailure(method, url, e, sent, what, attempt);
        }
        log.retry(method, url, what, wait.get(), attempt + 1);
        sleep(wait.get(), method, url);
        continue;
      }
      log.response(method, url, response.status(), response.headers(),
          response.body() == null ? 0 : response.body().length(), Duration.ofNanos(System.nanoTime() - start));
      int status = response.status();
      pacer.onResponse(status);
      if (status >= 200 && status < 300) {
        return response;
      }
      Optional<Duration> wait = retryPolicy.delayAfterResponse(
          method, status, RetryAfter.from(response.headers(), clock), attempt);
      if (wait.isEmpty()) {
        return response;
      }
      log.retry(method, url, "HTTP " + status, wait.get(), attempt + 1);
      sleep(wait.get(), method, url);
    }
  }

  /**
   * Feign renders a query parameter whose value is empty as a bare name ({@code ?phone}); this
   * restores {@code ?phone=} so that an empty value is sent explicitly, as the caller asked.
   */
  static Request withExplicitEmptyQueryValues(Request request) {
    String url = request.url();
    int query = url.indexOf('?');
    if (query < 0) {
      return request;
    }
    int fragment = url.indexOf('#', query);
    int end = fragment < 0 ? url.length() : fragment;
    StringBuilder fixed = null;
    int copied = 0;
    for (int start = query + 1; start < end; ) {
      int ampersand = url.indexOf('&', start);
      int pairEnd = ampersand < 0 || ampersand > end ? end : ampersand;
      int equals = url.indexOf('=', start);
      if (pairEnd > start && (equals < 0 || equals >= pairEnd)) {
        if (fixed == null) {
          fixed = new StringBuilder(url.length() + 4);
        }
        fixed.append(url, copied, pairEnd).append('=');
        copied = pairEnd;
      }
      start = pairEnd + 1;
    }
    if (fixed == null) {
      return request;
    }
    fixed.append(url, copied, url.length());
    return Request.create(request.httpMethod(), fixed.toString(), request.headers(), request.body(),
        request.charset(), request.requestTemplate());
  }

  private void awaitTurn(String method, String url) {
    try {
      pacer.awaitTurn();
    } catch (InterruptedException e) {
      throw interrupted(method, url, e);
    }
  }

  private void sleep(Duration wait, String method, String url) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      throw interrupted(method, url, e);
    }
  }

  private ApiConnectionException interrupted(String method, String url, InterruptedException e) {
    Thread.currentThread().interrupt();
    return new ApiConnectionException(
        method + " " + redactor.url(method, url) + " was interrupted while waiting to send",
        ErrorResponse.noResponse(method, redactor.url(method, url)), false, e);
  }

  private ApiConnectionException connectionFailure(
      String method, String url, IOException e, boolean sent, String what, int attempts) {
    boolean outcomeUnknown = sent && !RetryPolicy.isIdempotentRead(method);
    String safeUrl = redactor.url(method, url);
    StringBuilder message = new StringBuilder()
        .append(method).append(' ').append(safeUrl).append(" failed: ").append(what);
    if (attempts > 1) {
      message.append(" (after ").append(attempts).append(" attempts)");
    }
    if (outcomeUnknown) {
      message.append(". The outcome is unknown: the server may have received and acted on the request,"
          + " so it was not re-sent. Check the current state before sending it again.");
    } else if (!sent) {
      message.append(". Nothing reached the server; check the base URL, the network and any proxy.");
    }
    IOException cause = e.getClass().getName().startsWith("java.") ? e : null;
    return new ApiConnectionException(
        redactor.text(message.toString(), redactor.secretValuesIn(url)),
        ErrorResponse.noResponse(method, safeUrl), outcomeUnknown, cause);
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the exception proves that no byte of the request reached the server. */
  static boolean neverSent(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException
          || t instanceof UnknownHostException || t instanceof NoRouteToHostException
          || t instanceof UnresolvedAddressException) {
        return true;
      }
    }
    return false;
  }

  private static String describe(IOException e, boolean sent) {
    if (!sent) {
      return "could not connect (" + safeMessage(e) + ")";
    }
    if (e instanceof HttpTimeoutException) {
      return "no complete response within the read timeout";
    }
    return "the connection broke before a complete response arrived (" + safeMessage(e) + ")";
  }

  private static String safeMessage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return t.getClass().getSimpleName() + ": " + t.getMessage();
      }
    }
    return e.getClass().getSimpleName();
  }

  private static URI toUri(String url) {
    try {
      return URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid request URL (an identifier may need encoding)");
    }
  }
}
