package dev.apiclients.http;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reference resolution as RFC 3986 (section 5.2) defines it. {@link URI#resolve(URI)} follows the
 * older RFC 2396: it turns {@code ?page=2} against {@code /a/b} into {@code /a/?page=2} (not
 * {@code /a/b?page=2}) and joins {@code x} to a base without a path as {@code http://hx}.
 */
final class References {

  private References() {}

  /**
   * Resolves a relative reference against an absolute base URL.
   *
   * @param base an absolute URL with an authority
   * @param reference a reference without a scheme
   * @return the target URL
   */
  static URI resolve(URI base, URI reference) {
    String authority;
    String path;
    String query;
    if (reference.getRawAuthority() != null) {
      authority = reference.getRawAuthority();
      path = removeDotSegments(nonNull(reference.getRawPath()));
      query = reference.getRawQuery();
    } else {
      authority = base.getRawAuthority();
      String relative = nonNull(reference.getRawPath());
      if (relative.isEmpty()) {
        path = nonNull(base.getRawPath());
        query = reference.getRawQuery() != null ? reference.getRawQuery() : base.getRawQuery();
      } else {
        path = removeDotSegments(relative.startsWith("/") ? relative : merge(base, relative));
        query = reference.getRawQuery();
      }
    }
    StringBuilder text = new StringBuilder(base.getScheme()).append("://").append(authority);
    append(text, path, query, reference.getRawFragment());
    return URI.create(text.toString());
  }

  /** Appends a raw path, query and fragment (each may be null). */
  static void append(StringBuilder text, String path, String query, String fragment) {
    text.append(nonNull(path));
    if (query != null) {
      text.append('?').append(query);
    }
    if (fragment != null) {
      text.append('#').append(fragment);
    }
  }

  /** Section 5.2.3: the base path up to its last slash, then the reference. */
  private static String merge(URI base, String relative) {
    String basePath = nonNull(base.getRawPath());
    if (basePath.isEmpty()) {
      return "/" + relative;
    }
    return basePath.substring(0, basePath.lastIndexOf('/') + 1) + relative;
  }

  /** Section 5.2.4: drops {@code .} and {@code ..} segments. */
  static String removeDotSegments(String path) {
    if (!path.contains(".")) {
      return path;
    }
    boolean absolute = path.startsWith("/");
    String[] segments = path.split("/", -1);
    Deque<String> out = new ArrayDeque<>();
    for (int i = absolute ? 1 : 0; i < segments.length; i++) {
      String segment = segments[i];
      boolean last = i == segments.length - 1;
      if (segment.equals(".") || segment.equals("..")) {
        if (segment.equals("..") && !out.isEmpty()) {
          out.removeLast();
        }
        if (last) {
          out.addLast("");
        }
      } else {
        out.addLast(segment);
      }
    }
    return (absolute ? "/" : "") + String.join("/", out);
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
