package dev.apiclients.http;

/**
 * HTTP 5xx: the server failed. A GET was already retried per the {@link RetryPolicy}; other methods
 * are never re-sent automatically, and their {@link #outcomeUnknown()} is {@code true}.
 */
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

  /**
   * {@code true} for every method but GET and HEAD: the server, or a gateway in front of it, may
   * have done the work before it failed, so the write is not re-sent and may have taken effect.
   */
  @Override
  public boolean outcomeUnknown() {
    return method() != null && !method().equals("GET") && !method().equals("HEAD");
  }
}
