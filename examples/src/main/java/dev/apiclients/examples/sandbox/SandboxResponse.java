package dev.apiclients.examples.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a sandbox handler answers: a status, a content type and a body (empty for 204).
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type}, or null for none
 * @param body the body text
 */
public record SandboxResponse(int status, String contentType, String body) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A JSON response of the given value. */
  public static SandboxResponse json(int status, Object value) {
    return new SandboxResponse(status, "application/json", write(value));
  }

  /** A JSON:API response of the given document. */
  public static SandboxResponse jsonApi(int status, Object document) {
    return new SandboxResponse(status, "application/vnd.api+json", write(document));
  }

  /** 204 No Content. */
  public static SandboxResponse noContent() {
    return new SandboxResponse(204, null, "");
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
