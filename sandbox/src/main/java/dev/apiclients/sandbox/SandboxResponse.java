package dev.apiclients.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a sandbox handler answers: a status, headers and a body (empty for 204). The body is
 * serialized when the response is made, so a handler may build it from state it holds a lock on.
 *
 * @param status the HTTP status
 * @param headers the response headers, in order
 * @param body the body bytes (UTF-8 JSON), empty for none
 */
record SandboxResponse(int status, Map<String, String> headers, byte[] body) {

  /** Libib's content type. */
  static final String JSON = "application/json; charset=utf-8";
  /** The JSON:API media type; JSON:API forbids adding parameters such as a charset to it. */
  static final String JSON_API = "application/vnd.api+json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A JSON response of the given value. */
  static SandboxResponse json(int status, Object value) {
    return new SandboxResponse(status, Map.of("Content-Type", JSON), write(value));
  }

  /** A JSON:API response of the given document. */
  static SandboxResponse jsonApi(int status, Object document) {
    return new SandboxResponse(status, Map.of("Content-Type", JSON_API), write(document));
  }

  /** 204 No Content, without a body or a content type. */
  static SandboxResponse noContent() {
    return new SandboxResponse(204, Map.of(), new byte[0]);
  }

  /** Not an answer: the connection is reset instead (status 0). */
  static SandboxResponse reset() {
    return new SandboxResponse(0, Map.of(), new byte[0]);
  }

  /** Whether the connection is to be reset instead of answered. */
  boolean isReset() {
    return status == 0;
  }

  /** This response with one more header. */
  SandboxResponse withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new SandboxResponse(status, Map.copyOf(more), body);
  }

  /** The body as text (for tests and messages). */
  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** A JSON object body read back into a map (for the sandbox's own inspection methods). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(byte[] body) {
    try {
      return MAPPER.readValue(body, Map.class);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read sandbox JSON", e);
    }
  }

  private static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write sandbox JSON", e);
    }
  }
}
