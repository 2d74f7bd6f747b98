package dev.apiclients.http;

/** HTTP 403 Forbidden: the credentials are valid but lack the rights for this call. */
public class ForbiddenException extends ApiException {

  private static final long serialVersionUID = 1L;

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
