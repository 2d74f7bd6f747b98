package dev.apiclients.http;

/**
 * No usable response was received: the connection was refused, reset or timed out, or the
 * response broke off. {@link #status()} is {@code -1}.
 *
 * <p>When {@link #outcomeUnknown()} is {@code true} the request may have reached the server and
 * been acted on (a create may have happened); it was deliberately not re-sent. Check the state on
 * the server before sending it again.
 */
public class ApiConnectionException extends ApiException {

  private static final long serialVersionUID = 1L;

  private final boolean outcomeUnknown;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, free of secrets
   * @param response the request line (status {@code -1})
   * @param outcomeUnknown whether a non-idempotent request may have been acted on by the server
   * @param cause the JDK I/O exception, or {@code null}
   */
  public ApiConnectionException(
      String message, ErrorResponse response, boolean outcomeUnknown, Throwable cause) {
    super(message, response, cause);
    this.outcomeUnknown = outcomeUnknown;
  }

  /**
   * Whether the server may have received and acted on the request. Always {@code false} for
   * requests that provably were not sent (connection refused) and for reads.
   */
  @Override
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }
}
