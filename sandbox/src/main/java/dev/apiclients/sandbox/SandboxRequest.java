package dev.apiclients.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A request as the sandbox handlers see it: the method, the percent-decoded path segments below
 * the API's prefix, the decoded query (and form body) parameters in the order sent, and a header
 * lookup.
 *
 * @param method the HTTP method, upper case
 * @param segments the decoded path segments after the API prefix ({@code %2F} inside a segment
 *     stays inside it, {@code +} stays a plus)
 * @param params the decoded query parameters, then any {@code application/x-www-form-urlencoded}
 *     body parameters not already in the query; {@code +} means a space, as in any query string
 * @param headers looks a header up by name (case-insensitive); all its values joined by a comma,
 *     or null when absent
 * @param body the request body as text, empty when there is none
 */
record SandboxRequest(
    String method, List<String> segments, Map<String, String> params, Function<String, String> headers,
    String body) {

  /**
   * Parses a raw request target below a prefix.
   *
   * @param method the HTTP method
   * @param rawUrl the raw path and query as received, such as {@code /libib/patrons/a%2Bb%40x.com?page=2}
   * @param prefix the API prefix, such as {@code /libib}
   * @param formBody the body when it is {@code application/x-www-form-urlencoded}, else null
   * @param headers header lookup
   * @throws IllegalArgumentException on malformed percent-encoding
   */
  static SandboxRequest parse(
      String method, String rawUrl, String prefix, String formBody, Function<String, String> headers) {
    int q = rawUrl.indexOf('?');
    String path = (q < 0 ? rawUrl : rawUrl.substring(0, q)).substring(prefix.length());
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
      }
    }
    Map<String, String> params = new LinkedHashMap<>();
    if (q >= 0) {
      parseForm(rawUrl.substring(q + 1), params);
    }
    if (formBody != null && !formBody.isBlank()) {
      Map<String, String> body = new LinkedHashMap<>();
      parseForm(formBody.strip(), body);
      body.forEach(params::putIfAbsent);
    }
    return new SandboxRequest(method, Collections.unmodifiableList(segments), Collections.unmodifiableMap(params),
        headers, formBody == null ? "" : formBody);
  }

  private static void parseForm(String text, Map<String, String> into) {
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      into.put(name, value);
    }
  }

  /** This request with its body (the raw text as received; null means none). */
  SandboxRequest withBody(String text) {
    return new SandboxRequest(method, segments, params, headers, text == null ? "" : text);
  }

  /** A header's value (all values joined by a comma), or null. */
  String header(String name) {
    return headers.apply(name);
  }

  /** A parameter's value, or null when not sent. */
  String param(String name) {
    return params.get(name);
  }

  /** The decoded path below the API prefix, such as {@code /patrons/a+b@x.com}; {@code /} for none. */
  String path() {
    return "/" + String.join("/", segments);
  }

  /** Whether the method is the given one. */
  boolean is(String expectedMethod) {
    return method.equals(expectedMethod);
  }
}
