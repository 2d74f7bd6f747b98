package dev.apiclients.http;

/**
 * A link (such as a JSON:API {@code links.next}) or request pointed outside the origin (scheme,
 * host and port) the client was configured with. It was not followed, so no credential was sent
 * to the other host.
 */
public class UntrustedLinkException extends ApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which link was refused and why
   * @param url the refused link, with secrets masked
   */
  public UntrustedLinkException(String message, String url) {
    super(message, ErrorResponse.noResponse("GET", url));
  }
}
