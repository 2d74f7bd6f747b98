package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.JsonApiReader;
import dev.apiclients.activeplatform.internal.JsonApiWriter;
import dev.apiclients.http.ErrorResponse;
import dev.apiclients.http.PathSegment;
import dev.apiclients.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Async tasks ({@code GET .../async_tasks/{async_task_id}}), which the platform creates for
 * order-attribute validation ({@link Plans#validateOrderAttributes}). Get it with {@link
 * ActivePlatformClient#asyncTasks()}.
 *
 * <p>The documents give no poll interval, timeout or task lifetime. {@link #awaitAsyncTask} polls
 * at once, then after {@link #FIRST_POLL_INTERVAL}, doubling up to {@link #MAX_POLL_INTERVAL},
 * never past the timeout, and at most {@code timeout / FIRST_POLL_INTERVAL + 2} times whatever the
 * clock says. It waits through the client's {@code Sleeper} and reads the client's {@code Clock},
 * so tests inject both on the client builder.
 */
public final class AsyncTasks {

  /** The wait before the second poll. */
  public static final Duration FIRST_POLL_INTERVAL = Duration.ofSeconds(1);

  /** The longest wait between two polls. */
  public static final Duration MAX_POLL_INTERVAL = Duration.ofSeconds(10);

  /** The longest timeout {@link #awaitAsyncTask} accepts. */
  public static final Duration MAX_TIMEOUT = Duration.ofHours(1);

  private final ResourceCalls<AsyncTask> calls;
  private final Clock clock;
  private final Sleeper sleeper;

  AsyncTasks(ResourceCalls<AsyncTask> calls, Clock clock, Sleeper sleeper) {
    this.calls = calls;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * An async task by id, as it is now.
   *
   * @param taskId the task id (a UUID in the documents)
   * @throws dev.apiclients.http.NotFoundException if the platform answers 404
   */
  public AsyncTask getAsyncTask(long resellerId, String taskId) {
    return calls.get(resellerId, JsonApiWriter.requireId(taskId, "taskId"));
  }

  /**
   * Polls an async task until it has {@code completed} and returns it; check {@link
   * AsyncTask#isValid()} and {@link AsyncTaskResults#errors()}: a completed task may still find
   * the attributes invalid. A status the documents do not list is polled like {@code running}.
   *
   * @param taskId the task id
   * @param timeout how long to wait in all; positive, at most {@link #MAX_TIMEOUT}
   * @return the completed task
   * @throws IllegalArgumentException for a blank id or a timeout out of range (nothing is sent)
   * @throws AsyncTaskException when the task {@code failed}, the timeout passed, or the thread was
   *     interrupted (its interrupt flag stays set)
   */
  public AsyncTask awaitAsyncTask(long resellerId, String taskId, Duration timeout) {
    String id = JsonApiWriter.requireId(taskId, "taskId");
    if (timeout == null || timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
      throw new IllegalArgumentException("timeout must be positive and at most " + MAX_TIMEOUT + ", was " + timeout);
    }
    JsonApiReader.requireReseller(resellerId);
    String url = "/api/v3/resellers/" + resellerId + "/async_tasks/" + PathSegment.encode(id);
    Instant deadline = clock.instant().plus(timeout);
    long maxPolls = timeout.toMillis() / FIRST_POLL_INTERVAL.toMillis() + 2;
    Duration interval = FIRST_POLL_INTERVAL;
    for (int poll = 1; ; poll++) {
      AsyncTask task = calls.get(resellerId, id);
      AsyncTaskStatus status = task.status() == null ? AsyncTaskStatus.UNKNOWN : task.status().value();
      if (status == AsyncTaskStatus.COMPLETED) {
        return task;
      }
      if (status == AsyncTaskStatus.FAILED) {
        throw failure(url, AsyncTaskException.Reason.FAILED, task, "Async task " + id + " failed on the platform: "
            + (task.failureMessage() == null || task.failureMessage().isBlank() ? "(no failure message)"
                : task.failureMessage()) + ". Start a new validation; nothing was ordered.");
      }
      Duration left = Duration.between(clock.instant(), deadline);
      if (left.isNegative() || left.isZero() || poll >= maxPolls) {
        throw failure(url, AsyncTaskException.Reason.TIMED_OUT, task, "Async task " + id + " had not completed within "
            + timeout + " (" + poll + " polls; last status " + (task.status() == null ? "none" : task.status().raw())
            + "). It may still complete: wait again with awaitAsyncTask or read it with getAsyncTask.");
      }
      try {
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedException();
        }
        sleeper.sleep(interval.compareTo(left) < 0 ? interval : left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw failure(url, AsyncTaskException.Reason.INTERRUPTED, task, "Waiting for async task " + id
            + " was interrupted; the task goes on on the platform: read it with getAsyncTask.");
      }
      interval = interval.multipliedBy(2).compareTo(MAX_POLL_INTERVAL) > 0 ? MAX_POLL_INTERVAL : interval.multipliedBy(2);
    }
  }

  private static AsyncTaskException failure(String url, AsyncTaskException.Reason reason, AsyncTask task, String message) {
    return new AsyncTaskException(message, new ErrorResponse(200, "GET", url, Map.of(), "", List.of()),
        reason, task);
  }
}
