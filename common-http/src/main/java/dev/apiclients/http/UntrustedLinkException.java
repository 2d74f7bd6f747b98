package dev.apiclients.http;

/**
 * A link (such as a JSON:API {@code links.next}) or request pointed outside the origin (scheme,
 * host and port) the client was configured with. It was not followed, so no credential was sent
 * to the other host. {@link #url()} holds the refused link's origin only (scheme, host and port):
 * its path and query could carry anything.
 */
public class UntrustedLinkException extends ApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which link was refused and why
   * @param url the origin (scheme, host and port) of the refused link, never its path or query
   */
  public UntrustedLinkException(String message, String url) {
    super(message, ErrorResponse.noResponse("GET", url));
  }
}
