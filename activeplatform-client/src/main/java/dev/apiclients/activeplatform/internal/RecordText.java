package dev.apiclients.activeplatform.internal;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The short {@code toString()} of the ActivePlatform records: {@code Name[field=value, ...]} with
 * only the fields that have a value (most are null in a sparse resource), collections shown by
 * their size and maps by their keys, so a record prints on one readable line.
 */
public final class RecordText {

  private RecordText() {}

  /**
   * The short text of a record.
   *
   * @param record any record
   * @return {@code Name[field=value, ...]} without null, empty or absent fields
   */
  public static String of(Record record) {
    StringBuilder text = new StringBuilder(record.getClass().getSimpleName()).append('[');
    String separator = "";
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      String shown = shown(value(component, record));
      if (shown != null) {
        text.append(separator).append(component.getName()).append('=').append(shown);
        separator = ", ";
      }
    }
    return text.append(']').toString();
  }

  private static Object value(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      return "?";
    }
  }

  private static String shown(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.map(RecordText::shown).orElse(null);
    }
    if (value instanceof Collection<?> items) {
      return items.isEmpty() ? null : items.size() + (items.size() == 1 ? " item" : " items");
    }
    if (value instanceof Map<?, ?> map) {
      return map.isEmpty() ? null : "{" + String.join(", ", map.keySet().stream().map(String::valueOf).toList()) + "}";
    }
    return value == null || "".equals(value) ? null : String.valueOf(value);
  }
}
