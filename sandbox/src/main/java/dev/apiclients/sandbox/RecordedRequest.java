package dev.apiclients.sandbox;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A request the sandbox received, as a test inspects it: what was asked and what was answered.
 *
 * @param method the HTTP method, such as {@code POST}
 * @param path the decoded path below the API's base URL, such as {@code /patrons/2020000000013}
 * @param query the decoded query parameters (and form body parameters), in the order sent
 * @param status the status answered; 0 when the connection was reset by a fault switch
 * @param time when the request arrived
 * @param body the request body as sent (such as ActivePlatform's JSON), empty when there was none
 */
public record RecordedRequest(String method, String path, Map<String, String> query, int status, Instant time,
    String body) {

  private static final Pattern FORM_PASSWORD = Pattern.compile("(^|&)(password=)[^&]*");
  private static final Pattern JSON_PASSWORD = Pattern.compile("(\"password\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");

  /** Copies the query, keeping its order; a null body is empty. */
  public RecordedRequest {
    query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    body = body == null ? "" : body;
  }

  /**
   * A request without a body.
   *
   * @param method the HTTP method
   * @param path the decoded path
   * @param query the decoded query parameters
   * @param status the status answered
   * @param time when the request arrived
   */
  public RecordedRequest(String method, String path, Map<String, String> query, int status, Instant time) {
    this(method, path, query, status, time, "");
  }

  /**
   * Whether this request writes: {@code POST}, {@code PATCH}, {@code PUT} or {@code DELETE}.
   *
   * @return true for a write
   */
  public boolean isWrite() {
    return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
  }

  /**
   * Whether the sandbox answered with a 2xx status.
   *
   * @return true on success
   */
  public boolean succeeded() {
    return status >= 200 && status < 300;
  }

  /** Shows the request (and its body, if any) with any {@code password} masked. */
  @Override
  public String toString() {
    Map<String, String> shown = new LinkedHashMap<>(query);
    shown.computeIfPresent("password", (name, value) -> "***");
    String shownBody = body.isEmpty() ? "" : " " + FORM_PASSWORD.matcher(
        JSON_PASSWORD.matcher(body).replaceAll("$1\"***\"")).replaceAll("$1$2***");
    return method + " " + path + " " + shown + shownBody + " -> " + status;
  }
}
