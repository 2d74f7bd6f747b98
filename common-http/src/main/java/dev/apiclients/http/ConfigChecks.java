package dev.apiclients.http;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/** The validations configuration builders share; each error names the option. */
final class ConfigChecks {

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

  /** The base URL as a URI without trailing slashes; refuses what could leak credentials. */
  static URI baseUrl(String baseUrl, boolean allowInsecureHttp) {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalArgumentException("baseUrl is required, for example https://api.example.com");
    }
    URI uri;
    try {
      uri = URI.create(baseUrl.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("baseUrl is not a valid URL: " + e.getMessage());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "baseUrl must be an absolute http(s) URL with a host, such as https://api.example.com; was " + baseUrl);
    }
    if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("baseUrl must not contain user info, a query or a fragment");
    }
    if (scheme.equals("http") && !isLoopback(uri.getHost()) && !allowInsecureHttp) {
      throw new IllegalArgumentException(
          "baseUrl uses plain http on a non-loopback host, which would send credentials unencrypted;"
              + " use https, or allowInsecureHttp(true) for a trusted test network: " + baseUrl);
    }
    String text = uri.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return URI.create(text);
  }

  private static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
  }
}
