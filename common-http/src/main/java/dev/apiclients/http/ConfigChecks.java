package dev.apiclients.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The validations configuration builders share; each error names the option. */
final class ConfigChecks {

  /** A scheme's {@code //} (if any), then an authority up to its last {@code @}. */
  private static final Pattern USER_INFO = Pattern.compile("((?:[A-Za-z][A-Za-z0-9+.-]*:)?//)?[^/?#]*@");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private ConfigChecks() {}

  static void requireSet(Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }

  static void requirePositive(Duration duration, String name) {
    requireSet(duration, name);
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
  }

  /** A header name or null; refuses a blank one or one with characters a header name cannot hold. */
  static void requireHeaderName(String name, String option) {
    if (name != null && (name.isBlank() || name.chars().anyMatch(c -> c <= ' ' || c >= 127))) {
      throw new IllegalArgumentException(option + " must be a header name, such as X-Request-Id");
    }
  }

  /** Checks the pacing intervals and returns the widest adaptive interval (the base one when unset). */
  static Duration intervals(Duration requestInterval, Duration maxRequestInterval) {
    requireSet(requestInterval, "requestInterval");
    if (requestInterval.isNegative()) {
      throw new IllegalArgumentException("requestInterval must not be negative, was " + requestInterval);
    }
    Duration widest = maxRequestInterval == null ? requestInterval : maxRequestInterval;
    if (widest.compareTo(requestInterval) < 0) {
      throw new IllegalArgumentException("maxRequestInterval (" + widest
          + ") must not be shorter than requestInterval (" + requestInterval + ")");
    }
    return widest;
  }

  /** Checks the write interval and returns it (the request interval when unset). */
  static Duration writeInterval(Duration requestInterval, Duration writeInterval) {
    if (writeInterval == null) {
      return requestInterval;
    }
    if (writeInterval.compareTo(requestInterval) < 0) {
      throw new IllegalArgumentException("writeInterval (" + writeInterval
          + ") must not be shorter than requestInterval (" + requestInterval + ")");
    }
    return writeInterval;
  }

  /**
   * The base URL as a URI: scheme and host in lower case, no trailing slash. Refuses what could
   * leak credentials or fail at the first call; no message repeats a user name or password.
   */
  static URI baseUrl(String baseUrl, boolean allowInsecureHttp) {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalArgumentException("baseUrl is required, for example https://api.example.com");
    }
    String text = baseUrl.strip();
    String shown = withoutUserInfo(text);
    if (!shown.equals(text)) {
      throw new IllegalArgumentException("baseUrl must not contain user info (a name or password before '@'): the"
          + " client sends its credentials as headers; was " + shown);
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "baseUrl is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + "): " + shown);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
      throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL with a host name (letters, digits,"
          + " '-' and '.') or an IP address, such as https://api.example.com; was " + shown);
    }
    if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
      throw new IllegalArgumentException("baseUrl has port " + uri.getPort() + "; a port is 1 to 65535: " + shown);
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("baseUrl must not contain a query or a fragment");
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (scheme.equals("http") && !isLoopback(host) && !allowInsecureHttp) {
      throw new IllegalArgumentException(
          "baseUrl uses plain http on a host that is not loopback, which would send credentials unencrypted;"
              + " use https, or call allowInsecureHttp(true) on the builder for a trusted test network: " + shown);
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return URI.create(scheme + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + path);
  }

  /**
   * A URL as it may be shown: any user info (what stands before an {@code @} in the authority) is
   * replaced by {@code ***}. Works on text that is not a valid URL too.
   */
  static String withoutUserInfo(String url) {
    if (url == null) {
      return null;
    }
    Matcher matcher = USER_INFO.matcher(url);
    return matcher.lookingAt() ? (matcher.group(1) == null ? "" : matcher.group(1)) + "***@" + url.substring(matcher.end()) : url;
  }

  /**
   * Whether a host (as {@link URI#getHost()} gives it) is this machine: {@code localhost}, or an
   * IPv4 or IPv6 address literal that is loopback ({@code 127.0.0.0/8}, {@code ::1} in any
   * spelling). A name is never looked up.
   */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.equals("localhost.")) {
      return true;
    }
    boolean ipv6 = h.startsWith("[") && h.endsWith("]");
    if (!ipv6 && !IPV4.matcher(h).matches()) {
      return false;
    }
    try {
      // A literal: parsed, never resolved.
      return InetAddress.getByName(ipv6 ? h.substring(1, h.length() - 1) : h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
