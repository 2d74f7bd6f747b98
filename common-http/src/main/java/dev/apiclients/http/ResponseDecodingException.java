package dev.apiclients.http;

/**
 * The server answered with success, but its body could not be read as the expected type
 * (malformed, truncated, wrongly typed or not JSON at all). {@link #body()} shows what came back.
 */
public class ResponseDecodingException extends ApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what could not be decoded and why
   * @param response the exchange whose body failed to decode
   */
  public ResponseDecodingException(String message, ErrorResponse response) {
    super(message, response);
  }
}
