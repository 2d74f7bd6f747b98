package dev.apiclients.activeplatform;

import dev.apiclients.http.ApiException;
import dev.apiclients.http.ErrorResponse;

/**
 * Waiting for an async task ended without a result: the task {@code failed} on the platform, the
 * wait timed out, or the waiting thread was interrupted (its interrupt flag stays set). {@link
 * #task()} is the last state read; {@link #status()} is the status of the last poll (200).
 */
public class AsyncTaskException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** Why the wait ended. */
  public enum Reason {
    /** The platform reported {@code failed}; see {@link AsyncTask#failureMessage()}. */
    FAILED,
    /** The task had not ended when the timeout passed. */
    TIMED_OUT,
    /** The waiting thread was interrupted. */
    INTERRUPTED
  }

  private final Reason reason;
  private final transient AsyncTask task;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param response the last poll's request line
   * @param reason why the wait ended
   * @param task the last state read
   */
  public AsyncTaskException(String message, ErrorResponse response, Reason reason, AsyncTask task) {
    super(message, response);
    this.reason = reason;
    this.task = task;
  }

  /** Why the wait ended. */
  public Reason reason() {
    return reason;
  }

  /** The task as last read (null after deserialisation). */
  public AsyncTask task() {
    return task;
  }
}
