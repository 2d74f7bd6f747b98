package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.util.Map;

/**
 * An async task ({@code async_tasks}), created by {@link Plans#validateOrderAttributes} and read
 * with {@link AsyncTasks}. Its id is a UUID (the documents type the path parameter as an integer
 * but show a UUID). Any component may be null.
 *
 * @param id the task id
 * @param status pending, running, completed or failed
 * @param failureMessage what failed, when {@code failed}
 * @param results what the validation found, when {@code completed}
 * @param otherAttributes attributes the documents do not show (unmodifiable)
 */
public record AsyncTask(
    String id, EnumValue<AsyncTaskStatus> status, String failureMessage, AsyncTaskResults results,
    Map<String, Object> otherAttributes) {

  /** Whether the task has ended: {@code completed} or {@code failed}. */
  public boolean isDone() {
    return status != null && (status.value() == AsyncTaskStatus.COMPLETED || status.value() == AsyncTaskStatus.FAILED);
  }

  /** Whether the task completed and its results say the attributes are valid. */
  public boolean isValid() {
    return status != null && status.value() == AsyncTaskStatus.COMPLETED && results != null
        && Boolean.TRUE.equals(results.valid());
  }

  /** Shows only the fields that have a value. */
  @Override
  public String toString() {
    return RecordText.of(this);
  }
}
