package dev.apiclients.http;

/**
 * Pagination could not go on safely, for example because the server's next link pointed at a page
 * that was already read (which would loop forever). No further request is sent.
 */
public class PaginationException extends ApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param url the offending page link or page, with secrets masked
   */
  public PaginationException(String message, String url) {
    super(message, ErrorResponse.noResponse("GET", url));
  }
}
