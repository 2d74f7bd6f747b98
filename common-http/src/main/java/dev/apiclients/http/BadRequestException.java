package dev.apiclients.http;

/** HTTP 400 Bad Request: the server refused the request as malformed or not allowed in the current state. */
public class BadRequestException extends ApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, free of secrets
   * @param response the failed exchange
   */
  public BadRequestException(String message, ErrorResponse response) {
    super(message, response);
  }
}
