package dev.apiclients.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apiclients.http.ApiError;
import java.util.ArrayList;
import java.util.List;

/** Reads the errors a server describes in an error body, whatever its common shape. */
final class ErrorBodies {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ErrorBodies() {}

  /**
   * Reads errors from a body: a JSON:API {@code errors[]} array, or a JSON object with a {@code
   * message}, {@code error}, {@code detail} or {@code title}. Anything else gives none.
   */
  static List<ApiError> parse(String body) {
    if (body == null || body.isBlank()) {
      return List.of();
    }
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (Exception notJson) {
      return List.of();
    }
    if (root == null || !root.isObject()) {
      return List.of();
    }
    JsonNode errors = root.get("errors");
    List<ApiError> parsed = new ArrayList<>();
    if (errors != null && errors.isArray()) {
      for (JsonNode error : errors) {
        if (error.isObject()) {
          JsonNode source = error.get("source");
          parsed.add(new ApiError(
              text(error.get("status")), text(error.get("code")), text(error.get("title")),
              text(error.get("detail")), source == null ? null
                  : text(source.has("pointer") ? source.get("pointer") : source.get("parameter"))));
        } else if (error.isValueNode()) {
          parsed.add(new ApiError(null, null, null, error.asText(), null));
        }
      }
      return parsed;
    }
    for (String field : List.of("message", "error", "detail", "title", "error_description")) {
      JsonNode value = root.get(field);
      if (value != null && value.isValueNode() && !value.asText().isBlank()) {
        JsonNode code = root.get("code");
        return List.of(new ApiError(null, code == null ? null : text(code), null, value.asText(), null));
      }
      if (value != null && value.isObject() && value.get("message") != null) {
        return List.of(new ApiError(null, text(value.get("code")), null, text(value.get("message")), null));
      }
    }
    return List.of();
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.isValueNode() ? node.asText() : node.toString();
  }
}
