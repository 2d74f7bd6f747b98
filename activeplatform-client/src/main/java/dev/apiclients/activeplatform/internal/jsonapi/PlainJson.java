package dev.apiclients.activeplatform.internal.jsonapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON values the records do not type ({@code otherAttributes}, included resources) as plain Java
 * values. Public for the benchmarks' copy of the previous decoder only; the package is not exported.
 */
public final class PlainJson {

  private PlainJson() {}

  /** An object as an unmodifiable map of plain values; absent or null gives an empty map. */
  public static Map<String, Object> map(JsonNode node, String name) {
    if (node == null || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw new IllegalStateException(name + " is not an object");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      map.put(field.getKey(), value(field.getValue()));
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * A JSON value as plain Java: {@code String}, {@code Boolean}, {@code Long} or {@code
   * BigDecimal}, an unmodifiable {@code List} or {@code Map} of these, or null.
   */
  public static Object value(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.longValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isArray()) {
      List<Object> items = new ArrayList<>(node.size());
      node.forEach(element -> items.add(value(element)));
      return Collections.unmodifiableList(items);
    }
    return map(node, "value");
  }
}
