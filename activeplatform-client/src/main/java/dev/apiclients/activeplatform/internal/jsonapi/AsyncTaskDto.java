package dev.apiclients.activeplatform.internal.jsonapi;

import com.github.jasminb.jsonapi.annotations.Type;
import dev.apiclients.activeplatform.AsyncTask;
import dev.apiclients.activeplatform.AsyncTaskResults;
import dev.apiclients.activeplatform.AsyncTaskStatus;
import dev.apiclients.activeplatform.EnumValue;
import java.util.List;
import java.util.Map;

/** An {@code async_tasks} resource. */
@Type("async_tasks")
public final class AsyncTaskDto extends ResourceDto<AsyncTask> {
  EnumValue<AsyncTaskStatus> status;
  String failureMessage;
  Results results;

  @Override
  protected AsyncTask toRecord() {
    return new AsyncTask(id(), status, failureMessage, nested(results, Results::toRecord), otherAttributes());
  }

  /** The {@code results} object of a completed task. */
  static final class Results extends OpenObject {
    Boolean valid;
    List<Object> errors;
    Map<String, Object> applicationAttributes;

    AsyncTaskResults toRecord() {
      return new AsyncTaskResults(valid, mapped(errors, error -> error), orEmpty(applicationAttributes),
          otherAttributes());
    }
  }
}
