package dev.apiclients.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Decides which URLs a client may send its credentials to: only those with the same origin
 * (scheme, host and port) as its configured base URL. A relative link resolves against the URL of
 * the page it came from (RFC 3986), or against the base URL when that is not known.
 */
public final class OriginPolicy {

  private final URI baseUrl;
  private final String baseScheme;
  private final String baseHost;
  private final int basePort;

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
    this.baseScheme = scheme(baseUrl);
    this.baseHost = baseUrl.getHost();
    this.basePort = port(baseUrl);
  }

  /** The configured base URL. */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * Resolves a link (absolute, or relative to the base URL taken as a directory) and checks its
   * origin. Prefer {@link #resolve(String, URI)} when the URL of the page that carried the link is
   * known.
   *
   * @param link the link as the server sent it
   * @return the absolute URL to follow, scheme and host in lower case
   * @throws UntrustedLinkException if the link is malformed or points at another origin
   */
  public URI resolve(String link) {
    return resolve(link, null);
  }

  /**
   * Resolves a link against the URL of the page it came from (RFC 3986, section 5.2: {@code
   * ?page=2} keeps that page's path, {@code managers?page=2} replaces its last segment) and checks
   * its origin. Scheme and host are case-insensitive and come back in lower case.
   *
   * @param link the link as the server sent it
   * @param page the URL of the page that carried the link; {@code null} resolves against the base
   *     URL taken as a directory
   * @return the absolute URL to follow
   * @throws UntrustedLinkException if the link is malformed or points at another origin
   */
  public URI resolve(String link, URI page) {
    Objects.requireNonNull(link, "link");
    URI uri;
    try {
      uri = new URI(link.strip());
    } catch (URISyntaxException e) {
      // The reason only: the link itself may carry a secret.
      throw new UntrustedLinkException("The server sent a malformed link (" + e.getReason() + " at index "
          + e.getIndex() + "); it was not followed.", "");
    }
    URI absolute;
    if (uri.isAbsolute()) {
      absolute = normalized(uri);
    } else {
      URI base = page != null && page.isAbsolute() ? normalized(page) : directory(baseUrl);
      absolute = References.resolve(base, uri);
    }
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
    return scheme(url).equals(baseScheme)
        && url.getHost().equalsIgnoreCase(baseHost)
        && port(url) == basePort;
  }

  /** The base URL with a trailing slash, so that a relative path goes below its path. */
  private static URI directory(URI base) {
    String text = normalized(base).toString();
    return URI.create(text.endsWith("/") ? text : text + "/");
  }

  /** An absolute URL with its scheme and host in lower case (both are case-insensitive). */
  static URI normalized(URI url) {
    String scheme = url.getScheme();
    String host = url.getHost();
    boolean lower = scheme.equals(scheme.toLowerCase(Locale.ROOT))
        && (host == null || host.equals(host.toLowerCase(Locale.ROOT)));
    if (lower || url.getRawAuthority() == null) {
      return lower ? url : URI.create(scheme.toLowerCase(Locale.ROOT) + ":" + url.getRawSchemeSpecificPart()
          + (url.getRawFragment() == null ? "" : "#" + url.getRawFragment()));
    }
    StringBuilder text = new StringBuilder(scheme.toLowerCase(Locale.ROOT)).append("://");
    if (url.getRawUserInfo() != null) {
      text.append(url.getRawUserInfo()).append('@');
    }
    text.append(host == null ? url.getRawAuthority() : host.toLowerCase(Locale.ROOT));
    if (host != null && url.getPort() != -1) {
      text.append(':').append(url.getPort());
    }
    References.append(text, url.getRawPath(), url.getRawQuery(), url.getRawFragment());
    return URI.create(text.toString());
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
