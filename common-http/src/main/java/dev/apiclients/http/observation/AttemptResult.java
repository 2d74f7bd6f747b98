package dev.apiclients.http.observation;

import java.time.Duration;

/**
 * How one attempt of a call ended.
 *
 * @param attempt the attempt's number, from 1
 * @param status the HTTP status received, or {@code -1} when no response arrived
 * @param duration from sending the request to having the whole response (or the failure)
 * @param failure what went wrong without a response (such as {@code connection refused}), or
 *     {@code null} when a response arrived
 * @param retryReason why the call is sent again, or {@code null} when this attempt was the last
 * @param retryDelay how long the client waits before the next attempt ({@link Duration#ZERO} when
 *     it does not retry)
 */
public record AttemptResult(
    int attempt, int status, Duration duration, String failure, RetryReason retryReason, Duration retryDelay) {

  /** Whether another attempt follows this one. */
  public boolean retried() {
    return retryReason != null;
  }
}
