package dev.apiclients.http.testing;

import dev.apiclients.http.observation.AttemptResult;
import dev.apiclients.http.observation.CallInfo;
import dev.apiclients.http.observation.CallListener;
import dev.apiclients.http.observation.CallObserver;
import dev.apiclients.http.observation.CallResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A call listener that writes every event down, in order, as one line each; for tests. */
public final class RecordingListener implements CallListener {

  private final List<String> events = new ArrayList<>();
  private final List<CallInfo> calls = new ArrayList<>();
  private final List<AttemptResult> attempts = new ArrayList<>();
  private final List<CallResult> results = new ArrayList<>();

  @Override
  public synchronized CallObserver callStarted(CallInfo call) {
    calls.add(call);
    events.add("start " + call.operation() + " " + call.method() + " " + call.urlTemplate());
    return new CallObserver() {
      @Override
      public void pacingWaited(Duration waited) {
        record("pacing " + waited);
      }

      @Override
      public void attemptStarted(int attempt) {
        record("attempt " + attempt);
      }

      @Override
      public void attemptEnded(AttemptResult attempt) {
        synchronized (RecordingListener.this) {
          attempts.add(attempt);
        }
        record("ended " + attempt.attempt() + " " + attempt.status()
            + (attempt.failure() == null ? "" : " " + attempt.failure())
            + (attempt.retried() ? " retry " + attempt.retryReason() + " after " + attempt.retryDelay() : ""));
      }

      @Override
      public void callEnded(CallResult result) {
        synchronized (RecordingListener.this) {
          results.add(result);
        }
        record("end " + result.outcome() + " " + result.status() + " attempts=" + result.attempts()
            + (result.errorType() == null ? "" : " " + result.errorType()));
      }
    };
  }

  private synchronized void record(String event) {
    events.add(event);
  }

  /** Every event so far, one line each. */
  public synchronized List<String> events() {
    return List.copyOf(events);
  }

  /** Every call started so far. */
  public synchronized List<CallInfo> calls() {
    return List.copyOf(calls);
  }

  /** Every attempt ended so far. */
  public synchronized List<AttemptResult> attempts() {
    return List.copyOf(attempts);
  }

  /** Every call result so far. */
  public synchronized List<CallResult> results() {
    return List.copyOf(results);
  }
}
