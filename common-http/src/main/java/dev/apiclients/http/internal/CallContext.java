package dev.apiclients.http.internal;

import dev.apiclients.http.ApiConnectionException;
import dev.apiclients.http.ApiException;
import dev.apiclients.http.CallTimeoutException;
import dev.apiclients.http.ErrorResponse;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.http.Sleeper;
import dev.apiclients.http.observation.AttemptResult;
import dev.apiclients.http.observation.CallInfo;
import dev.apiclients.http.observation.CallObserver;
import dev.apiclients.http.observation.CallOutcome;
import dev.apiclients.http.observation.CallResult;
import dev.apiclients.http.observation.RetryReason;
import feign.Request;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The bookkeeping of one call while it runs: what is called, its observer, its deadline, and how
 * far it got (attempts, last status or failure, pacing waited). It exists only when a client has a
 * listener, a request hook or a call timeout; the invocation handler makes it current on the
 * calling thread for the transport and the pacer to find. Without any of those nothing here is
 * touched on a call.
 */
public final class CallContext {

  private static final ThreadLocal<CallContext> CURRENT = new ThreadLocal<>();
  private static final ThreadLocal<Listing> LISTING = new ThreadLocal<>();
  private static final System.Logger LOG = System.getLogger("dev.apiclients.http");

  final CallInfo info;
  private final CallObserver observer;
  private final Clock clock;
  private final Duration timeout;
  private final long deadlineMillis;
  private final boolean listingDeadline;
  private final Listing listing;
  private final long startNanos = System.nanoTime();
  private int attempts;
  private int lastStatus = -1;
  private String lastFailure;
  private Duration pacingWaited = Duration.ZERO;

  private CallContext(CallInfo info, CallObserver observer, Clock clock, Duration timeout) {
    this.info = info;
    this.observer = observer;
    this.clock = clock;
    Listing listing = LISTING.get();
    this.listing = listing;
    if (listing != null) {
      listing.calls++;
    }
    long own = timeout == null ? Long.MAX_VALUE : saturatedAdd(clock.millis(), timeout.toMillis());
    long ofListing = listing == null ? Long.MAX_VALUE : listing.deadlineMillis;
    this.listingDeadline = listing != null && ofListing <= own;
    this.timeout = listingDeadline ? listing.timeout : timeout;
    this.deadlineMillis = Math.min(own, ofListing);
  }

  /**
   * Starts a call and makes it current on this thread.
   *
   * @param info what is called
   * @param observer the listener's observer ({@link CallObserver#NONE} without a listener)
   * @param clock the client's clock, for the deadline
   * @param timeout the call timeout, or {@code null}
   * @return the context, to hand to {@link #end} when the call is over
   */
  public static CallContext start(CallInfo info, CallObserver observer, Clock clock, Duration timeout) {
    return new CallContext(info, observer, clock, timeout);
  }

  /** The call running on this thread, or {@code null}. */
  public static CallContext current() {
    return CURRENT.get();
  }

  public CallContext enter() {
    CallContext previous = CURRENT.get();
    CURRENT.set(this);
    return previous;
  }

  public static void leave(CallContext previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }

  /** What is called, for the request hook. */
  public CallInfo info() {
    return info;
  }

  int attempts() {
    return attempts;
  }

  int lastStatus() {
    return lastStatus;
  }

  Duration pacingWaited() {
    return pacingWaited;
  }

  long elapsedNanos() {
    return System.nanoTime() - startNanos;
  }

  CallObserver observer() {
    return observer;
  }

  private boolean bounded() {
    return deadlineMillis != Long.MAX_VALUE;
  }

  private long remainingMillis() {
    return deadlineMillis - clock.millis();
  }

  /** Whether the deadline has passed. */
  boolean expired() {
    return bounded() && remainingMillis() <= 0;
  }

  /** A pacing wait is about to start: refuses one that would end past the deadline. */
  void beforePacingWait(Duration wait) throws OutOfTime {
    if (bounded() && wait.toMillis() >= remainingMillis()) {
      throw new OutOfTime("its pacing slot was " + seconds(wait) + " away");
    }
  }

  /** The call waited for its pacing slot. */
  void pacingWaited(Duration waited) {
    pacingWaited = pacingWaited.plus(waited);
    if (listing != null) {
      listing.pacingWaited = listing.pacingWaited.plus(waited);
    }
    safely(() -> observer.pacingWaited(waited));
  }

  /**
   * An attempt starts: returns the options for it, the read timeout cut to what is left.
   *
   * @throws OutOfTime if no time is left
   */
  Request.Options attemptStarted(int attempt, Request.Options options) throws OutOfTime {
    if (bounded()) {
      long left = remainingMillis();
      if (left <= 0) {
        throw new OutOfTime("no time was left to send it");
      }
      if (left < options.readTimeoutMillis()) {
        options = new Request.Options(options.connectTimeoutMillis(), TimeUnit.MILLISECONDS, left,
            TimeUnit.MILLISECONDS, false);
      }
    }
    attempts = attempt;
    safely(() -> observer.attemptStarted(attempt));
    return options;
  }

  /** An attempt ended with a response; {@code retryDelay} is null when the call does not retry. */
  void responded(int attempt, int status, Duration took, Duration retryDelay) {
    lastStatus = status;
    lastFailure = null;
    RetryReason reason = retryDelay == null ? null
        : status == 429 ? RetryReason.RATE_LIMITED : status >= 500 ? RetryReason.SERVER_ERROR : RetryReason.RATE_LIMITED;
    AttemptResult result = new AttemptResult(attempt, status, took, null, reason,
        retryDelay == null ? Duration.ZERO : retryDelay);
    safely(() -> observer.attemptEnded(result));
  }

  /** An attempt ended without a response; {@code retryDelay} is null when the call does not retry. */
  void failed(int attempt, String failure, Duration took, Duration retryDelay) {
    lastFailure = failure;
    AttemptResult result = new AttemptResult(attempt, -1, took, failure,
        retryDelay == null ? null : RetryReason.CONNECTION_FAILURE, retryDelay == null ? Duration.ZERO : retryDelay);
    safely(() -> observer.attemptEnded(result));
  }

  /** A retry wait is about to start: refuses one that would end past the deadline. */
  void beforeRetryWait(Duration wait) throws OutOfTime {
    if (bounded() && wait.toMillis() >= remainingMillis()) {
      throw new OutOfTime("the next retry was " + seconds(wait) + " away");
    }
  }

  /**
   * Reports the end of the call to its observer.
   *
   * @param error what the caller gets, or {@code null} on success
   */
  public void end(Throwable error) {
    CallOutcome outcome = error == null ? CallOutcome.SUCCESS
        : error instanceof ApiConnectionException connection && connection.outcomeUnknown() ? CallOutcome.OUTCOME_UNKNOWN
        : CallOutcome.ERROR;
    int status = error instanceof ApiException api && !(error instanceof ApiConnectionException) ? api.status()
        : error instanceof ApiConnectionException ? -1 : lastStatus;
    CallResult result = new CallResult(outcome, status, attempts, Duration.ofNanos(elapsedNanos()), pacingWaited,
        error == null ? null : error.getClass().getSimpleName(), error);
    safely(() -> observer.callEnded(result));
  }

  /**
   * The exception that ends a call out of time.
   *
   * @param method the HTTP method
   * @param safeUrl the URL, already masked
   * @param why where the time ran out
   * @param cutOffWhileSent whether an attempt was cut off after it was sent
   * @param cause the last failure, or null
   */
  CallTimeoutException timedOut(String method, String safeUrl, String why, boolean cutOffWhileSent, Throwable cause) {
    boolean outcomeUnknown = cutOffWhileSent && !RetryPolicy.isIdempotentRead(method);
    StringBuilder message = new StringBuilder(method).append(' ').append(safeUrl)
        .append(listingDeadline ? " ran out of its listing's call timeout of " : " ran out of its call timeout of ")
        .append(seconds(timeout)).append(": ").append(why).append(". It got this far: ").append(attempts)
        .append(attempts == 1 ? " attempt" : " attempts");
    if (lastStatus >= 0 && lastFailure == null) {
      message.append(", last answered HTTP ").append(lastStatus);
    } else if (lastFailure != null) {
      message.append(", last failed with ").append(lastFailure);
    }
    message.append(", ").append(seconds(pacingWaited)).append(" waited for pacing");
    if (listing != null && listing.calls > 1) {
      message.append(" (the listing before it: ").append(listing.calls - 1)
          .append(listing.calls == 2 ? " request, " : " requests, ")
          .append(seconds(listing.pacingWaited.minus(pacingWaited))).append(" waited for pacing)");
    }
    if (outcomeUnknown) {
      message.append(". The ").append(method).append(" was cut off after it was sent: the outcome is unknown, so it"
          + " was not re-sent; check the state on the server before sending it again");
    }
    return new CallTimeoutException(message.toString(), ErrorResponse.noResponse(method, safeUrl), outcomeUnknown,
        timeout, attempts, lastStatus, pacingWaited, cause);
  }

  private static String seconds(Duration d) {
    long millis = d.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.3f s", millis / 1000.0);
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }

  /** Runs a listener callback; what it throws is logged and ignored, never the caller's problem. */
  static void safely(Runnable callback) {
    try {
      callback.run();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "A call listener failed; ignored: " + e);
    }
  }

  /**
   * Wraps the pacer's sleeper so that a pacing wait is checked against, and counted in, the call
   * running on this thread. Without a current call it only sleeps.
   */
  public static Sleeper pacingSleeper(Sleeper sleeper) {
    return wait -> {
      CallContext call = CURRENT.get();
      if (call == null) {
        sleeper.sleep(wait);
        return;
      }
      call.beforePacingWait(wait);
      sleeper.sleep(wait);
      call.pacingWaited(wait);
    };
  }

  /**
   * Runs one step of a listing (a page fetch) under the listing's deadline, which starts with its
   * first step.
   */
  public static <T> T inListing(Listing listing, java.util.function.Supplier<T> step) {
    Listing previous = LISTING.get();
    listing.startIfNew();
    LISTING.set(listing);
    try {
      return step.get();
    } finally {
      if (previous == null) {
        LISTING.remove();
      } else {
        LISTING.set(previous);
      }
    }
  }

  /** The deadline of one listing: every page of it counts against one call timeout. */
  public static final class Listing {
    private final Duration timeout;
    private final Clock clock;
    private long deadlineMillis = Long.MAX_VALUE;
    private int calls;
    private Duration pacingWaited = Duration.ZERO;

    public Listing(Duration timeout, Clock clock) {
      this.timeout = timeout;
      this.clock = clock;
    }

    private void startIfNew() {
      if (deadlineMillis == Long.MAX_VALUE) {
        deadlineMillis = saturatedAdd(clock.millis(), timeout.toMillis());
      }
    }
  }

  /**
   * The call's time ran out while waiting; thrown through the pacer as an interruption so that it
   * gives its slot back. The thread is not interrupted.
   */
  static final class OutOfTime extends InterruptedException {
    private static final long serialVersionUID = 1L;

    OutOfTime(String why) {
      super(why);
    }
  }
}
