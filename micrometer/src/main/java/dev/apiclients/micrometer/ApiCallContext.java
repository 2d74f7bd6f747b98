package dev.apiclients.micrometer;

import dev.apiclients.http.observation.AttemptResult;
import dev.apiclients.http.observation.CallInfo;
import dev.apiclients.http.observation.CallResult;
import io.micrometer.observation.Observation;
import java.time.Duration;

/**
 * What an observation of one API call carries, for an {@link
 * io.micrometer.observation.ObservationHandler} or an {@link ApiCallObservationConvention} of
 * your own: the call, its last attempt and, once it ended, its result.
 */
public final class ApiCallContext extends Observation.Context {

  private final CallInfo call;
  private AttemptResult lastAttempt;
  private Duration pacingWaited = Duration.ZERO;
  private CallResult result;

  /** @param call what is called */
  public ApiCallContext(CallInfo call) {
    this.call = call;
  }

  /** What is called: client, operation, method, URL template. */
  public CallInfo call() {
    return call;
  }

  /** The last attempt that ended, or {@code null} before the first one ended. */
  public AttemptResult lastAttempt() {
    return lastAttempt;
  }

  /** The time the call waited for pacing slots so far. */
  public Duration pacingWaited() {
    return pacingWaited;
  }

  /** How the call ended, or {@code null} while it runs. */
  public CallResult result() {
    return result;
  }

  void attemptEnded(AttemptResult attempt) {
    this.lastAttempt = attempt;
  }

  void pacingWaited(Duration waited) {
    this.pacingWaited = pacingWaited.plus(waited);
  }

  void callEnded(CallResult result) {
    this.result = result;
  }
}
