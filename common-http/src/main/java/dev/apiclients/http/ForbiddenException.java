package dev.apiclients.http;

/** HTTP 403 Forbidden: the credentials are valid but lack the rights for this call. */
public class ForbiddenException extends ApiException {

  /**
   * Creates the exception.
   *
   * @param message what went wrong, free of secrets
   * @param response the failed exchange
   */
  public ForbiddenException(String message, ErrorResponse response) {
    super(message, response);
  }
}
