package dev.apiclients.http;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Decides which URLs a client may send its credentials to: only those with the same origin
 * (scheme, host and port) as its configured base URL. Relative links resolve against the base URL.
 */
public final class OriginPolicy {

  private final URI baseUrl;

  /**
   * Creates the policy for a base URL.
   *
   * @param baseUrl an absolute http(s) URL
   */
  public OriginPolicy(URI baseUrl) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    if (baseUrl.getHost() == null || baseUrl.getScheme() == null) {
      throw new IllegalArgumentException("baseUrl must be absolute: " + baseUrl);
    }
  }

  /** The configured base URL. */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * Resolves a link (absolute, or relative to the base URL) and checks its origin.
   *
   * @param link the link as the server sent it
   * @return the absolute URL to follow
   * @throws UntrustedLinkException if the link is malformed or points at another origin
   */
  public URI resolve(String link) {
    Objects.requireNonNull(link, "link");
    URI uri;
    try {
      uri = URI.create(link.strip());
    } catch (IllegalArgumentException e) {
      throw new UntrustedLinkException("The server sent a malformed link; it was not followed: " + e.getMessage(), "");
    }
    URI absolute = uri.isAbsolute() ? uri : resolveRelative(uri);
    requireSameOrigin(absolute);
    return absolute;
  }

  /**
   * Checks that an absolute URL has the configured origin and carries no user info.
   *
   * @throws UntrustedLinkException if it does not
   */
  public void requireSameOrigin(URI url) {
    if (!isSameOrigin(url)) {
      throw new UntrustedLinkException(
          "Refused to send credentials to " + originOf(url) + ": the client is configured for "
              + originOf(baseUrl) + " and only follows links to that origin.",
          originOf(url));
    }
  }

  /** Whether an absolute URL has the configured scheme, host and port and no user info. */
  public boolean isSameOrigin(URI url) {
    if (url == null || !url.isAbsolute() || url.getHost() == null || url.getRawUserInfo() != null) {
      return false;
    }
    return scheme(url).equals(scheme(baseUrl))
        && url.getHost().equalsIgnoreCase(baseUrl.getHost())
        && port(url) == port(baseUrl);
  }

  private URI resolveRelative(URI relative) {
    String base = baseUrl.toString();
    URI withSlash = URI.create(base.endsWith("/") ? base : base + "/");
    String path = relative.getRawPath();
    if (path != null && path.startsWith("/")) {
      // An absolute path keeps the origin only; the base path is already part of such links.
      return URI.create(scheme(baseUrl) + "://" + baseUrl.getRawAuthority()).resolve(relative);
    }
    return withSlash.resolve(relative);
  }

  private static String originOf(URI url) {
    if (url == null || url.getHost() == null) {
      return String.valueOf(url == null ? null : "a relative or malformed URL");
    }
    return scheme(url) + "://" + url.getHost() + ":" + port(url);
  }

  private static String scheme(URI url) {
    return url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
  }

  private static int port(URI url) {
    if (url.getPort() != -1) {
      return url.getPort();
    }
    return switch (scheme(url)) {
      case "https" -> 443;
      case "http" -> 80;
      default -> -1;
    };
  }
}
