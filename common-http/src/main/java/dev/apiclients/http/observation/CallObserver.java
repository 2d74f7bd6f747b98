package dev.apiclients.http.observation;

import java.time.Duration;

/**
 * Follows one call, from {@link CallListener#callStarted(CallInfo)} to {@link
 * #callEnded(CallResult)}; every method is called on the calling thread and does nothing by
 * default.
 */
public interface CallObserver {

  /** Ignores the call. */
  CallObserver NONE = new CallObserver() {};

  /**
   * The call waited for its pacing slot before an attempt (only reported when it did wait).
   *
   * @param waited how long it waited
   */
  default void pacingWaited(Duration waited) {}

  /**
   * An attempt is about to be sent.
   *
   * @param attempt its number, from 1
   */
  default void attemptStarted(int attempt) {}

  /**
   * An attempt ended: with a response, or without one.
   *
   * @param attempt what happened, and whether and why the call tries again
   */
  default void attemptEnded(AttemptResult attempt) {}

  /**
   * The call ended, successfully or not; called exactly once.
   *
   * @param result how it ended
   */
  default void callEnded(CallResult result) {}
}
