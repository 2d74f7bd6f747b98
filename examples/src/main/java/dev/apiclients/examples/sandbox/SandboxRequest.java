package dev.apiclients.examples.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A request as the sandbox handlers see it: method, decoded path segments (below the API's
 * prefix), decoded query parameters in order, and header lookup.
 *
 * @param method the HTTP method, upper case
 * @param segments the decoded path segments after the API prefix
 * @param query the decoded query parameters, in the order sent
 * @param headers looks a header up by name (case-insensitive), null when absent
 */
public record SandboxRequest(
    String method, List<String> segments, Map<String, String> query, Function<String, String> headers) {

  /**
   * Parses a raw request URL below a prefix.
   *
   * @param method the HTTP method
   * @param rawUrl the raw path and query, such as {@code /libib/patrons/a%2Bb%40x.com?page=2}
   * @param prefix the API prefix, such as {@code /libib}
   * @param headers header lookup
   */
  public static SandboxRequest parse(String method, String rawUrl, String prefix, Function<String, String> headers) {
    int q = rawUrl.indexOf('?');
    String path = (q < 0 ? rawUrl : rawUrl.substring(0, q)).substring(prefix.length());
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(decode(segment, false));
      }
    }
    Map<String, String> query = new LinkedHashMap<>();
    if (q >= 0) {
      for (String pair : rawUrl.substring(q + 1).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        query.put(decode(eq < 0 ? pair : pair.substring(0, eq), true), eq < 0 ? "" : decode(pair.substring(eq + 1), true));
      }
    }
    return new SandboxRequest(method, Collections.unmodifiableList(segments), Collections.unmodifiableMap(query), headers);
  }

  /** A header value, or null. */
  public String header(String name) {
    return headers.apply(name);
  }

  /** Whether the path is exactly the given segments. */
  public boolean pathIs(String... expected) {
    return segments.equals(List.of(expected));
  }

  private static String decode(String text, boolean plusIsSpace) {
    try {
      return URLDecoder.decode(plusIsSpace ? text : text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
