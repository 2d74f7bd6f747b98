package dev.apiclients.http.internal;

import dev.apiclients.http.ApiConnectionException;
import dev.apiclients.http.ErrorResponse;
import dev.apiclients.http.OriginPolicy;
import dev.apiclients.http.ResponseDecodingException;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.http.Sleeper;
import dev.apiclients.http.StatusClassifier;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The transport every client sends through. Each call: check the origin (credentials only go to
 * the configured host), then per attempt wait for a pacing slot, send, and decide from the outcome
 * whether to retry per the {@link RetryPolicy}. A call that gets no usable response ends in
 * {@link ApiConnectionException}; a non-2xx response is handed back for the error decoder to map.
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
  private final StatusClassifier classifier;
  private final boolean tracksCalls;

  /**
   * @param delegate the real transport
   * @param originPolicy the only origin requests may go to
   * @param retryPolicy when to re-send
   * @param pacer spaces requests
   * @param sleeper waits between attempts
   * @param clock reads {@code Retry-After} dates
   * @param redactor masks secrets in messages
   * @param log logs exchanges
   * @param classifier the client's reading of statuses (which decides retries and pacing)
   */
  public RetryingTransport(
      JdkHttpTransport delegate, OriginPolicy originPolicy, RetryPolicy retryPolicy, RequestPacer pacer,
      Sleeper sleeper, Clock clock, Redactor redactor, ExchangeLog log, StatusClassifier classifier) {
    this(delegate, originPolicy, retryPolicy, pacer, sleeper, clock, redactor, log, classifier, false);
  }

  /**
   * @param tracksCalls whether calls carry a {@link CallContext} (a listener, hook or call timeout
   *     is set); when false the transport never looks for one
   * @see #RetryingTransport(JdkHttpTransport, OriginPolicy, RetryPolicy, RequestPacer, Sleeper, Clock, Redactor,
   *     ExchangeLog, StatusClassifier)
   */
  public RetryingTransport(
      JdkHttpTransport delegate, OriginPolicy originPolicy, RetryPolicy retryPolicy, RequestPacer pacer,
      Sleeper sleeper, Clock clock, Redactor redactor, ExchangeLog log, StatusClassifier classifier,
      boolean tracksCalls) {
    this.tracksCalls = tracksCalls;
    this.delegate = delegate;
    this.originPolicy = originPolicy;
    this.retryPolicy = retryPolicy;
    this.pacer = pacer;
    this.sleeper = sleeper;
    this.clock = clock;
    this.redactor = redactor;
    this.log = log;
    this.classifier = classifier;
  }

  /**
   * The headers every request of one API interface starts from.
   *
   * @param interfaceHeaders the interface's literal headers (see {@link InterfaceHeaders})
   */
  public JdkHttpTransport.RequestHeaders requestHeaders(Map<String, String> interfaceHeaders) {
    return delegate.requestHeaders(interfaceHeaders);
  }

  /** Lets go of the JDK client (see {@link JdkHttpTransport#close()}); later calls fail at once. */
  public void close() {
    delegate.close();
  }

  @Override
  public Response execute(Request original, Request.Options options) {
    return execute(original, options, delegate.requestHeaders(Map.of()));
  }

  /**
   * Sends a request starting from the headers of its API interface.
   *
   * @param original the request as Feign built it
   * @param options the timeouts
   * @param interfaceHeaders from {@link #requestHeaders(Map)}
   * @return the response to hand to Feign
   */
  public Response execute(Request original, Request.Options options, JdkHttpTransport.RequestHeaders interfaceHeaders) {
    Request request = EmptyQueryValues.restore(original);
    String method = request.httpMethod().name();
    String url = request.url();
    URI uri = toUri(url);
    originPolicy.requireSameOrigin(uri);
    if (delegate.isClosed()) {
      throw new IllegalStateException("The client is closed; build a new one to send " + method + " "
          + redactor.url(method, url));
    }
    CallContext call = tracksCalls ? CallContext.current() : null;
    if (call != null) {
      return executeTracked(request, method, url, uri, options, call, interfaceHeaders);
    }
    for (int attempt = 1; ; attempt++) {
      awaitTurnUntracked(method, url);
      log.request(method, url, request::headers, interfaceHeaders.interfaceHeaders(), attempt);
      long start = System.nanoTime();
      Response response;
      try {
        response = delegate.execute(request, uri, options, interfaceHeaders);
      } catch (IOException e) {
        Duration wait = delayAfterFailure(method, url, e, attempt, Duration.ofNanos(System.nanoTime() - start), null);
        sleep(wait, method, url);
        continue;
      }
      log.response(method, url, response.status(), ReceivedBody.headersOf(response), response.body().length(),
          Duration.ofNanos(System.nanoTime() - start));
      Optional<Duration> wait = delayAfterResponse(method, url, response, attempt);
      if (wait.isEmpty()) {
        return response;
      }
      sleep(wait.get(), method, url);
    }
  }

  /**
   * The same loop for a call with bookkeeping: each attempt is reported to the call's observer,
   * and no wait or attempt runs past the call's deadline.
   */
  private Response executeTracked(
      Request request, String method, String url, URI uri, Request.Options options, CallContext call,
      JdkHttpTransport.RequestHeaders interfaceHeaders) {
    for (int attempt = 1; ; attempt++) {
      Request.Options attemptOptions;
      try {
        awaitTurn(method, url);
        attemptOptions = call.attemptStarted(attempt, options);
      } catch (CallContext.OutOfTime e) {
        throw call.timedOut(method, redactor.url(method, url), e.getMessage(), false, null);
      }
      log.request(method, url, request::headers, interfaceHeaders.interfaceHeaders(), attempt);
      long start = System.nanoTime();
      Response response;
      try {
        response = delegate.execute(request, uri, attemptOptions, interfaceHeaders);
      } catch (IOException e) {
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (call.expired() && !(e instanceof java.io.InterruptedIOException && Thread.currentThread().isInterrupted())) {
          boolean sent = !ConnectionFailures.neverSent(e);
          call.failed(attempt, ConnectionFailures.describe(e, sent), took, null);
          throw call.timedOut(method, redactor.url(method, url), "the attempt was cut off", sent, e);
        }
        Duration wait = delayAfterFailure(method, url, e, attempt, took, call);
        sleepWithin(call, wait, method, url, e);
        continue;
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      log.response(method, url, response.status(), ReceivedBody.headersOf(response), response.body().length(), took);
      Optional<Duration> wait = delayAfterResponse(method, url, response, attempt);
      call.responded(attempt, response.status(), took, wait.orElse(null));
      if (wait.isEmpty()) {
        return response;
      }
      sleepWithin(call, wait.get(), method, url, null);
    }
  }

  private void sleepWithin(CallContext call, Duration wait, String method, String url, Throwable cause) {
    try {
      call.beforeRetryWait(wait);
    } catch (CallContext.OutOfTime e) {
      throw call.timedOut(method, redactor.url(method, url), e.getMessage(), false, cause);
    }
    sleep(wait, method, url);
  }

  /** Learns from a response and decides whether to send again: empty hands the response back. */
  private Optional<Duration> delayAfterResponse(String method, String url, Response response, int attempt) {
    int status = classifier == StatusClassifier.AS_SENT
        ? response.status() : classifier.classify(response.status(), FeignAdapters.headersOf(response));
    pacer.onResponse(status);
    if (status >= 200 && status < 300) {
      return Optional.empty();
    }
    Optional<Duration> wait = retryPolicy.delayAfterResponse(
        method, status, RetryAfter.from(ReceivedBody.headersOf(response), clock), attempt);
    wait.ifPresent(delay -> log.retry(method, url, "HTTP " + response.status(), delay, attempt + 1));
    return wait;
  }

  /**
   * Decides what a failed attempt without a response leads to: the wait before the next attempt,
   * or (by throwing) the exception that ends the call.
   */
  private Duration delayAfterFailure(
      String method, String url, IOException e, int attempt, Duration took, CallContext call) {
    if (e instanceof java.io.InterruptedIOException && Thread.currentThread().isInterrupted()) {
      throw interrupted(method, url, "waiting for the response", e);
    }
    if (ConnectionFailures.causedBy(e, JdkHttpTransport.UnreadableBodyException.class)) {
      String safeUrl = redactor.url(method, url);
      throw new ResponseDecodingException(method + " " + safeUrl + " failed: " + ConnectionFailures.safeMessage(e),
          new ErrorResponse(-1, method, safeUrl, null, "", List.of()));
    }
    boolean sent = !ConnectionFailures.neverSent(e);
    String what = ConnectionFailures.describe(e, sent);
    log.failure(method, url, what, took);
    Optional<Duration> wait = retryPolicy.delayAfterConnectionFailure(method, sent, attempt);
    if (call != null) {
      call.failed(attempt, what, took, wait.orElse(null));
    }
    if (wait.isEmpty()) {
      throw ConnectionFailures.exception(redactor, method, url, e, sent, what, attempt);
    }
    log.retry(method, url, what, wait.get(), attempt + 1);
    return wait.get();
  }

  /** Without a current call the pacer's sleeper never runs out of time. */
  private void awaitTurnUntracked(String method, String url) {
    try {
      awaitTurn(method, url);
    } catch (CallContext.OutOfTime e) {
      throw new IllegalStateException("a pacing wait ran out of time outside a call", e);
    }
  }

  private void awaitTurn(String method, String url) throws CallContext.OutOfTime {
    try {
      pacer.awaitTurn(method);
    } catch (CallContext.OutOfTime e) {
      throw e;
    } catch (InterruptedException e) {
      throw interrupted(method, url, "waiting to send", e);
    }
  }

  private void sleep(Duration wait, String method, String url) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      throw interrupted(method, url, "waiting to send", e);
    }
  }

  /** The call ends at once: the thread was interrupted; the flag stays set; nothing is retried. */
  private ApiConnectionException interrupted(String method, String url, String during, Exception e) {
    Thread.currentThread().interrupt();
    boolean outcomeUnknown = during.equals("waiting for the response") && !RetryPolicy.isIdempotentRead(method);
    return new ApiConnectionException(
        method + " " + redactor.url(method, url) + " was interrupted while " + during
            + (outcomeUnknown ? "; the outcome is unknown, so it was not re-sent" : ""),
        ErrorResponse.noResponse(method, redactor.url(method, url)), outcomeUnknown, e);
  }

  private static URI toUri(String url) {
    try {
      return URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid request URL (an identifier may need encoding)");
    }
  }
}
