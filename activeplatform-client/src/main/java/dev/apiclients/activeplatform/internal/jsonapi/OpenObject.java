package dev.apiclients.activeplatform.internal.jsonapi;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A JSON object read into a DTO that keeps the keys it has no field for ({@code otherAttributes()}
 * of the records), as plain values ({@link PlainJson}), and the small helpers every mapping to a
 * record uses.
 */
public abstract class OpenObject {

  private Map<String, Object> other;

  /** Keeps a key no field reads. */
  @JsonAnySetter
  final void keep(String key, JsonNode value) {
    if (other == null) {
      other = new LinkedHashMap<>();
    }
    other.put(key, PlainJson.value(value));
  }

  /** The keys no field read, as plain values (unmodifiable, possibly empty). */
  protected final Map<String, Object> otherAttributes() {
    return other == null ? Map.of() : Collections.unmodifiableMap(other);
  }

  /** A map attribute that was absent or null is empty. */
  protected static <V> Map<String, V> orEmpty(Map<String, V> map) {
    return map == null ? Map.of() : map;
  }

  /** A to-one relation: empty when nothing was linked. */
  protected static <D extends ResourceDto<R>, R> Optional<R> one(D related) {
    return related == null ? Optional.empty() : Optional.of(related.toRecord());
  }

  /** A to-many relation as records (unmodifiable): empty when nothing was linked. */
  protected static <D extends ResourceDto<R>, R> List<R> many(List<D> related) {
    return mapped(related, ResourceDto::toRecord);
  }

  /** A nested object, or null. */
  protected static <D, R> R nested(D object, Function<D, R> mapping) {
    return object == null ? null : mapping.apply(object);
  }

  /** A list (unmodifiable; absent is empty) with each item mapped. */
  protected static <D, R> List<R> mapped(List<D> items, Function<D, R> mapping) {
    if (items == null || items.isEmpty()) {
      return List.of();
    }
    List<R> records = new ArrayList<>(items.size());
    for (D item : items) {
      records.add(item == null ? null : mapping.apply(item));
    }
    return Collections.unmodifiableList(records);
  }
}
