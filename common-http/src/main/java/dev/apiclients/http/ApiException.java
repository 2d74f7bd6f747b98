package dev.apiclients.http;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The root of every exception the API clients throw for a failed call. It is unchecked and says
 * what went wrong and, where it can, how to fix it. Subclasses name the common HTTP statuses;
 * {@link ApiConnectionException} covers calls that got no response at all.
 *
 * <p>No credential appears in the message, the URL or the body this exception carries.
 */
public class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorResponse response;

  /**
   * Creates an exception for a failed exchange.
   *
   * @param message what went wrong, free of secrets
   * @param response the request line and response of the failed call
   * @param cause the underlying JDK exception, or {@code null}
   */
  public ApiException(String message, ErrorResponse response, Throwable cause) {
    super(message, cause);
    this.response = Objects.requireNonNull(response, "response");
  }

  /** Creates an exception for a failed exchange without an underlying cause. */
  public ApiException(String message, ErrorResponse response) {
    this(message, response, null);
  }

  /** The HTTP status code, or {@code -1} when no response was received. */
  public int status() {
    return response.status();
  }

  /** The response body as text (bounded, possibly empty). */
  public String body() {
    return response.body();
  }

  /** The response headers (empty when there was no response). */
  public Map<String, List<String>> headers() {
    return response.headers();
  }

  /** The HTTP method of the failed request. */
  public String method() {
    return response.method();
  }

  /** The URL of the failed request, with secret query parameters masked. */
  public String url() {
    return response.url();
  }

  /**
   * Whether the server may have acted on the request although the call failed, so that sending it
   * again could do the work twice: a write cut off after it was sent, or answered by a 5xx (a
   * gateway may time out after the server did the work). Always {@code false} for reads and for
   * answers that say the request was refused (4xx).
   */
  public boolean outcomeUnknown() {
    return false;
  }

  /** The errors the server described in its body; empty when it described none. */
  public List<ApiError> errors() {
    return response.errors();
  }

  /**
   * The server's id for the failed request, when the client names the header that carries it:
   * what a support desk asks for. It is also shown in the message.
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(response.requestId());
  }

  /** The whole failed exchange. */
  public ErrorResponse response() {
    return response;
  }
}
