package dev.apiclients.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apiclients.sandbox.JsonApiDocuments.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The attributes of an ActivePlatform write body, {@code {"data":{"attributes":{...}}}}, with typed
 * reads that refuse a missing or malformed attribute with 422 naming it ({@code source.pointer}).
 * A body that is not JSON, or not that envelope, is refused with 400; a body sent with a content
 * type other than JSON (:API) with 415. An empty body has no attributes. Ids are accepted as JSON
 * numbers or as strings of digits; money as a number or a numeric string.
 */
final class WriteBody {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Map<String, Object> attributes;

  private WriteBody(Map<String, Object> attributes) {
    this.attributes = attributes;
  }

  /** Reads the body of a write request. */
  @SuppressWarnings("unchecked")
  static WriteBody of(SandboxRequest request) {
    String text = request.body();
    if (text == null || text.isBlank()) {
      return new WriteBody(Map.of());
    }
    String type = request.header("Content-Type");
    String mime = type == null ? "" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (!mime.equals(SandboxResponse.JSON_API) && !mime.equals("application/json")) {
      throw new Problem(415, "unsupported_media_type", "Unsupported Media Type",
          "Send the body as application/vnd.api+json, was " + (type == null ? "no Content-Type" : type), null);
    }
    Object document;
    try {
      document = MAPPER.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      throw Problem.badBody("The request body is not valid JSON");
    }
    if (document instanceof Map<?, ?> root && root.get("data") instanceof Map<?, ?> data
        && (data.get("attributes") == null || data.get("attributes") instanceof Map<?, ?>)) {
      Object attributes = data.get("attributes");
      return new WriteBody(attributes == null ? Map.of() : (Map<String, Object>) attributes);
    }
    throw Problem.badBody("The request body must be {\"data\": {\"attributes\": {...}}}");
  }

  /** Whether the attribute was sent (even as null). */
  boolean has(String name) {
    return attributes.containsKey(name);
  }

  /** Every attribute sent, in order (a copy). */
  Map<String, Object> all() {
    return new LinkedHashMap<>(attributes);
  }

  /** A required id: a whole number, or a string of digits. */
  long requiredId(String name) {
    Long id = optionalId(name);
    if (id == null) {
      throw Problem.invalidAttribute(name, name + " is required");
    }
    return id;
  }

  /** An optional id, null when absent. */
  Long optionalId(String name) {
    Object value = attributes.get(name);
    if (value == null) {
      return null;
    }
    if (value instanceof Integer || value instanceof Long) {
      return ((Number) value).longValue();
    }
    if (value instanceof String text && text.strip().matches("\\d{1,18}")) {
      return Long.parseLong(text.strip());
    }
    throw Problem.invalidAttribute(name, name + " must be a whole number, was " + value);
  }

  /** A required, non-blank text. */
  String requiredText(String name) {
    String text = optionalText(name);
    if (text == null || text.isBlank()) {
      throw Problem.invalidAttribute(name, name + " is required");
    }
    return text;
  }

  /** An optional text, null when absent. */
  String optionalText(String name) {
    Object value = attributes.get(name);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw Problem.invalidAttribute(name, name + " must be a string, was " + value);
  }

  /** An optional boolean, null when absent. */
  Boolean optionalBoolean(String name) {
    Object value = attributes.get(name);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    throw Problem.invalidAttribute(name, name + " must be true or false, was " + value);
  }

  /** A required amount of money above zero: a number or a numeric string. */
  BigDecimal requiredMoney(String name) {
    Object value = attributes.get(name);
    if (value == null) {
      throw Problem.invalidAttribute(name, name + " is required");
    }
    try {
      BigDecimal amount = new BigDecimal(value.toString().strip());
      if (amount.signum() > 0 && (value instanceof Number || value instanceof String)) {
        return amount;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw Problem.invalidAttribute(name, name + " must be an amount above zero, was " + value);
  }

  /**
   * A nested list, wrapped as the documents wrap them ({@code "resources": {"data": [{...}]}}):
   * its objects; empty when absent.
   */
  @SuppressWarnings("unchecked")
  List<WriteBody> list(String name) {
    Object value = attributes.get(name);
    if (value == null) {
      return List.of();
    }
    if (value instanceof Map<?, ?> wrapper && wrapper.get("data") instanceof List<?> items
        && items.stream().allMatch(item -> item instanceof Map<?, ?>)) {
      List<WriteBody> bodies = new ArrayList<>();
      items.forEach(item -> bodies.add(new WriteBody(Collections.unmodifiableMap((Map<String, Object>) item))));
      return bodies;
    }
    throw Problem.invalidAttribute(name, name + " must be {\"data\": [{...}, ...]}");
  }
}
