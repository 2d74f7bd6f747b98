package dev.apiclients.http;

/** HTTP 5xx: the server failed. A GET was already retried per the {@link RetryPolicy}; other methods are never re-sent automatically. */
public class ServerException extends ApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, free of secrets
   * @param response the failed exchange
   */
  public ServerException(String message, ErrorResponse response) {
    super(message, response);
  }
}
