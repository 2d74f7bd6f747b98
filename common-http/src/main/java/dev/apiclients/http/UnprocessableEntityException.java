package dev.apiclients.http;

/** HTTP 422 Unprocessable Entity: the request was well-formed but its content was rejected. */
public class UnprocessableEntityException extends ApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, free of secrets
   * @param response the failed exchange
   */
  public UnprocessableEntityException(String message, ErrorResponse response) {
    super(message, response);
  }
}
