package dev.apiclients.http;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed call is sent again, and after how long. One policy serves every client:
 *
 * <ul>
 *   <li>Every method is retried on 429 Too Many Requests and when the connection was refused
 *       (nothing reached the server).
 *   <li>Only reads ({@code GET}, {@code HEAD}, {@code OPTIONS}) are also retried on 5xx, on a read
 *       timeout, on a reset and on a broken response: the request may have been acted on, so a
 *       {@code POST}, {@code PATCH}, {@code PUT} or {@code DELETE} is never sent twice.
 *   <li>A {@code Retry-After} header (seconds or HTTP date) is honoured when it is at most {@link
 *       #maxRetryAfter()}; when the server asks for longer, the call fails at once with the wait
 *       in the exception; a {@code Retry-After} too large to represent is taken as {@link
 *       #maxRetryAfter()}. Otherwise the wait is exponential backoff from {@link
 *       #initialBackoff()}, capped at {@link #maxBackoff()}, less a random jitter fraction.
 *   <li>No retry is sent sooner than {@link #initialBackoff()} after the failure, whatever the
 *       server asked for ({@code Retry-After: 0} included).
 * </ul>
 *
 * @param maxAttempts how many times a call may be sent in all (1 means never retry)
 * @param initialBackoff the wait before the first retry when the server gave no {@code Retry-After}
 * @param maxBackoff the longest backoff wait
 * @param maxRetryAfter the longest {@code Retry-After} the client is willing to wait
 * @param jitter the fraction (0 to 1) by which a backoff wait is randomly shortened
 */
public record RetryPolicy(
    int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter, double jitter) {

  private static final Set<String> IDEMPOTENT_READS = Set.of("GET", "HEAD", "OPTIONS");

  /** Validates the components. */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    requireNonNegative(initialBackoff, "initialBackoff");
    requireNonNegative(maxBackoff, "maxBackoff");
    requireNonNegative(maxRetryAfter, "maxRetryAfter");
    if (!(jitter >= 0 && jitter <= 1)) {
      throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
    }
  }

  /** 4 attempts, backoff 500 ms doubling up to 8 s with 20% jitter, {@code Retry-After} up to 60 s. */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /** Never retries: every call is sent exactly once. */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /** A builder starting from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The wait before sending a call again after it got an HTTP response, or empty to stop and
   * report the response.
   *
   * @param method the HTTP method
   * @param status the response status
   * @param retryAfter the wait the server asked for, if any
   * @param attemptsMade how many times the call has been sent so far (1 after the first)
   */
  public Optional<Duration> delayAfterResponse(
      String method, int status, Optional<Duration> retryAfter, int attemptsMade) {
    boolean retryable = status == 429 || (status >= 500 && status <= 599 && isIdempotentRead(method));
    if (!retryable || attemptsMade >= maxAttempts) {
      return Optional.empty();
    }
    if (retryAfter.isPresent()) {
      Duration wait = retryAfter.get().getSeconds() == Long.MAX_VALUE ? maxRetryAfter : retryAfter.get();
      if (wait.compareTo(maxRetryAfter) > 0) {
        return Optional.empty();
      }
      return Optional.of(wait.compareTo(initialBackoff) < 0 ? initialBackoff : wait);
    }
    return Optional.of(backoff(attemptsMade));
  }

  /**
   * The wait before sending a call again after it got no response, or empty to stop.
   *
   * @param method the HTTP method
   * @param requestSent {@code false} only when the request provably never left (connection refused)
   * @param attemptsMade how many times the call has been tried so far (1 after the first)
   */
  public Optional<Duration> delayAfterConnectionFailure(
      String method, boolean requestSent, int attemptsMade) {
    boolean retryable = !requestSent || isIdempotentRead(method);
    if (!retryable || attemptsMade >= maxAttempts) {
      return Optional.empty();
    }
    return Optional.of(backoff(attemptsMade));
  }

  /** Whether a method is a read that may be re-sent after the server might have seen it. */
  public static boolean isIdempotentRead(String method) {
    return method != null && IDEMPOTENT_READS.contains(method.toUpperCase(Locale.ROOT));
  }

  private Duration backoff(int attemptsMade) {
    int doublings = Math.min(attemptsMade - 1, 30);
    long millis = initialBackoff.toMillis();
    long capped = Math.min(maxBackoff.toMillis(), millis > (Long.MAX_VALUE >> doublings) ? Long.MAX_VALUE : millis << doublings);
    double shortenBy = jitter == 0 ? 0 : ThreadLocalRandom.current().nextDouble() * jitter;
    return Duration.ofMillis(Math.round(capped * (1 - shortenBy)));
  }

  private static void requireNonNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + duration);
    }
  }

  /** Builds a {@link RetryPolicy}; every setter starts from the defaults. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private double jitter = 0.2;

    private Builder() {}

    /** How many times a call may be sent in all; 1 means never retry. */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** The wait before the first retry when the server gave no {@code Retry-After}. */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
      return this;
    }

    /** The longest backoff wait. */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
      return this;
    }

    /** The longest {@code Retry-After} the client waits; a longer one fails the call at once. */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = maxRetryAfter;
      return this;
    }

    /** The fraction (0 to 1) by which a backoff wait is randomly shortened; 0 for exact waits. */
    public Builder jitter(double jitter) {
      this.jitter = jitter;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @throws IllegalArgumentException naming the option that is out of range
     */
    public RetryPolicy build() {
      if (maxBackoff != null && initialBackoff != null && maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException(
            "maxBackoff (" + maxBackoff + ") must not be shorter than initialBackoff (" + initialBackoff + ")");
      }
      return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxRetryAfter, jitter);
    }
  }
}
