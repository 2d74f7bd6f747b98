package dev.apiclients.http;

import java.time.Duration;

/**
 * A call ran out of its call timeout ({@code callTimeout(...)} on a client builder, or a client's
 * {@code withCallTimeout(...)} view) before it succeeded; the time counts pacing waits, every
 * attempt and the waits between retries. The message says how far the call got: attempts sent,
 * the last status or failure, and the pacing waited. {@link #status()} is {@code -1}.
 *
 * <p>{@link #outcomeUnknown()} is {@code true} when a write was cut off while the server may have
 * been acting on it; otherwise nothing that was sent took effect, or the request was a read.
 */
public class CallTimeoutException extends ApiConnectionException {

  private static final long serialVersionUID = 1L;

  private final Duration timeout;
  private final int attempts;
  private final int lastStatus;
  private final Duration pacingWaited;

  /**
   * Creates the exception.
   *
   * @param message what happened, free of secrets
   * @param response the request line (status {@code -1})
   * @param outcomeUnknown whether a write may have been acted on by the server
   * @param timeout the call timeout that ran out
   * @param attempts how many attempts were sent
   * @param lastStatus the last HTTP status received, or {@code -1}
   * @param pacingWaited how long the call waited for pacing slots
   * @param cause the last failure, or {@code null}
   */
  public CallTimeoutException(String message, ErrorResponse response, boolean outcomeUnknown, Duration timeout,
      int attempts, int lastStatus, Duration pacingWaited, Throwable cause) {
    super(message, response, outcomeUnknown, cause);
    this.timeout = timeout;
    this.attempts = attempts;
    this.lastStatus = lastStatus;
    this.pacingWaited = pacingWaited;
  }

  /** The call timeout that ran out. */
  public Duration timeout() {
    return timeout;
  }

  /** How many attempts were sent before the time ran out (0 if it ran out waiting to send). */
  public int attempts() {
    return attempts;
  }

  /** The last HTTP status received, or {@code -1} when no response arrived. */
  public int lastStatus() {
    return lastStatus;
  }

  /** How long the call waited for pacing slots. */
  public Duration pacingWaited() {
    return pacingWaited;
  }
}
