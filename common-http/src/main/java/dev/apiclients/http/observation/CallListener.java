package dev.apiclients.http.observation;

/**
 * Hears of every call a client makes, for metrics and traces. Set one with {@code
 * callListener(...)} on a client builder; the {@code apiclients-micrometer} module has one for
 * Micrometer's Observation API.
 *
 * <p>For each call the client asks {@link #callStarted(CallInfo)} for an observer, on the calling
 * thread and before any header is added or any pacing wait, then reports to that observer, on the
 * same thread: {@link CallObserver#pacingWaited} when the call waited for a pacing slot, {@link
 * CallObserver#attemptStarted} and {@link CallObserver#attemptEnded} for each attempt (retries
 * included), and {@link CallObserver#callEnded} exactly once. What the listener receives holds the
 * URL template, never the URL, and no header: no secret and no personal data. A listener must be
 * thread-safe and quick; an exception it throws is logged and otherwise ignored.
 */
@FunctionalInterface
public interface CallListener {

  /**
   * A call starts.
   *
   * @param call what is called
   * @return the observer of this call ({@link CallObserver#NONE} to ignore it), never {@code null}
   */
  CallObserver callStarted(CallInfo call);
}
