package dev.apiclients.http;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a failed call looked like, carried by every {@link ApiException}: the request line and the
 * response (or its absence). It never holds a credential: the URL has secret query parameters
 * masked and the body is bounded and scrubbed of known secret values.
 *
 * @param status the HTTP status code, or {@code -1} when no response was received
 * @param method the HTTP method, such as {@code GET}
 * @param url the request URL with secret query parameters masked as {@code ***}
 * @param headers the response headers, names matched case-insensitively (empty when there was no response)
 * @param body the response body as text, at most {@link #MAX_BODY_CHARS} characters (empty when none)
 * @param errors the errors parsed from the body (empty when the body held none)
 * @param requestId the server's id for this request, from the header the client names, or {@code
 *     null}
 */
public record ErrorResponse(
    int status,
    String method,
    String url,
    Map<String, List<String>> headers,
    String body,
    List<ApiError> errors,
    String requestId) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most characters of a response body that an exception keeps. */
  public static final int MAX_BODY_CHARS = 8192;

  /** Validates and copies the components; a long body is cut to {@link #MAX_BODY_CHARS}. */
  public ErrorResponse {
    method = Objects.requireNonNullElse(method, "");
    url = Objects.requireNonNullElse(url, "");
    headers = caseInsensitiveCopy(headers);
    body = bound(Objects.requireNonNullElse(body, ""));
    errors = errors == null ? List.of() : List.copyOf(errors);
    requestId = requestId == null || requestId.isBlank() ? null : requestId.strip();
  }

  /** A failed exchange without a request id. */
  public ErrorResponse(
      int status, String method, String url, Map<String, List<String>> headers, String body, List<ApiError> errors) {
    this(status, method, url, headers, body, errors, null);
  }

  /** An exchange that got no response at all (refused, reset, timed out). */
  public static ErrorResponse noResponse(String method, String url) {
    return new ErrorResponse(-1, method, url, Map.of(), "", List.of());
  }

  private static Map<String, List<String>> caseInsensitiveCopy(Map<String, List<String>> headers) {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers != null) {
      headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    }
    return Collections.unmodifiableMap(copy);
  }

  private static String bound(String body) {
    if (body.length() <= MAX_BODY_CHARS) {
      return body;
    }
    return body.substring(0, MAX_BODY_CHARS)
        + "...[" + (body.length() - MAX_BODY_CHARS) + " more characters]";
  }
}
