package dev.apiclients.http;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429 Too Many Requests, thrown once the {@link RetryPolicy} has given up waiting. {@link
 * #retryAfter()} says how long the server asked the caller to wait, when it said.
 */
public class RateLimitedException extends ApiException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, free of secrets
   * @param response the failed exchange
   * @param retryAfter the wait the server asked for in {@code Retry-After}, or {@code null}
   */
  public RateLimitedException(String message, ErrorResponse response, Duration retryAfter) {
    super(message, response);
    this.retryAfter = retryAfter;
  }

  /** The wait the server asked for in its {@code Retry-After} header, if it sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
