package dev.apiclients.http;

/** HTTP 404 Not Found: the addressed resource does not exist (or is not visible to these credentials). */
public class NotFoundException extends ApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, free of secrets
   * @param response the failed exchange
   */
  public NotFoundException(String message, ErrorResponse response) {
    super(message, response);
  }
}
