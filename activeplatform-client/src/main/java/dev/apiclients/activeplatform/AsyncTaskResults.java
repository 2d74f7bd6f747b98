package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.util.List;
import java.util.Map;

/**
 * What a completed validation task found. The shape of one error is not visible (the example shows
 * {@code [{}]}), so errors are plain values: usually maps of an attribute key and a description.
 *
 * @param valid whether the order attributes are valid
 * @param errors the problems found, as plain values (unmodifiable; empty when none)
 * @param applicationAttributes the attributes the vendor application returned (unmodifiable)
 * @param otherAttributes keys the documents do not show (unmodifiable)
 */
public record AsyncTaskResults(
    Boolean valid, List<Object> errors, Map<String, Object> applicationAttributes,
    Map<String, Object> otherAttributes) {

  /** Shows only the fields that have a value. */
  @Override
  public String toString() {
    return RecordText.of(this);
  }
}
