package dev.apiclients.http;

/** HTTP 401 Unauthorized: the credentials are missing or wrong. */
public class UnauthorizedException extends ApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, free of secrets
   * @param response the failed exchange
   */
  public UnauthorizedException(String message, ErrorResponse response) {
    super(message, response);
  }
}
