package dev.apiclients.http;

/** HTTP 409 Conflict: the request conflicts with the current state of the resource. */
public class ConflictException extends ApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, free of secrets
   * @param response the failed exchange
   */
  public ConflictException(String message, ErrorResponse response) {
    super(message, response);
  }
}
