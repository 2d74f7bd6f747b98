package dev.apiclients.http.internal;

import dev.apiclients.http.ApiError;
import dev.apiclients.http.ApiException;
import dev.apiclients.http.BadRequestException;
import dev.apiclients.http.ConflictException;
import dev.apiclients.http.ErrorResponse;
import dev.apiclients.http.ForbiddenException;
import dev.apiclients.http.NotFoundException;
import dev.apiclients.http.RateLimitedException;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.http.ServerException;
import dev.apiclients.http.StatusClassifier;
import dev.apiclients.http.UnauthorizedException;
import dev.apiclients.http.UnprocessableEntityException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one place where an HTTP error response becomes a typed {@link ApiException}: status to
 * subclass, body to readable message and parsed {@link ApiError}s, secrets masked throughout.
 */
public final class ErrorMapper {

  private static final int MESSAGE_SNIPPET_CHARS = 300;

  private final Redactor redactor;
  private final String authFailureHint;
  private final Clock clock;
  private final StatusClassifier classifier;
  private final String requestIdHeader;

  /**
   * @param redactor masks secrets
   * @param authFailureHint added to 401 and 403 messages
   * @param clock for {@code Retry-After} dates
   * @param classifier the client's reading of statuses, which decides the exception type
   * @param requestIdHeader the header carrying the server's request id, or {@code null}
   */
  public ErrorMapper(
      Redactor redactor, String authFailureHint, Clock clock, StatusClassifier classifier, String requestIdHeader) {
    this.redactor = redactor;
    this.authFailureHint = authFailureHint;
    this.clock = clock;
    this.classifier = classifier;
    this.requestIdHeader = requestIdHeader;
  }

  /** How a request id is shown at the end of a message: {@code " [request id X]"}, or nothing. */
  static String requestIdSuffix(String requestId) {
    return requestId == null ? "" : " [request id " + requestId + "]";
  }

  /** The request id a response carries in the configured header, if any. */
  public static String requestId(String requestIdHeader, Map<String, ? extends Collection<String>> headers) {
    return requestIdHeader == null ? null : headerValue(headers, requestIdHeader).orElse(null);
  }

  /**
   * Maps a non-2xx response to its exception.
   *
   * @param status the HTTP status
   * @param method the request method
   * @param rawUrl the request URL as sent (secrets are masked here)
   * @param headers the response headers
   * @param body the whole response body, possibly empty
   */
  public ApiException map(
      int status, String method, String rawUrl, Map<String, ? extends Collection<String>> headers, byte[] body) {
    List<String> requestSecrets = redactor.secretValuesIn(rawUrl);
    String url = redactor.url(method, rawUrl);
    String text = redactor.text(new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8), requestSecrets);
    List<ApiError> errors = ErrorBodies.parse(text);
    Map<String, List<String>> shownHeaders = redactor.headers(headers, requestSecrets);
    String requestId = requestId(requestIdHeader, shownHeaders);
    ErrorResponse response = new ErrorResponse(status, method, url, shownHeaders, text, errors, requestId);
    int treatedAs = classifier.classify(status, shownHeaders);
    String message = redactor.text(message(treatedAs, status, method, url, headers, text, errors)
        + requestIdSuffix(requestId), requestSecrets);
    return switch (treatedAs) {
      case 400 -> new BadRequestException(message, response);
      case 401 -> new UnauthorizedException(message, response);
      case 403 -> new ForbiddenException(message, response);
      case 404 -> new NotFoundException(message, response);
      case 409 -> new ConflictException(message, response);
      case 422 -> new UnprocessableEntityException(message, response);
      case 429 -> new RateLimitedException(message, response, RetryAfter.from(headers, clock).orElse(null));
      default -> treatedAs >= 500 && treatedAs <= 599
          ? new ServerException(message, response)
          : new ApiException(message, response);
    };
  }

  private String message(
      int status, int sent, String method, String url, Map<String, ? extends Collection<String>> headers,
      String body, List<ApiError> errors) {
    StringBuilder message = new StringBuilder()
        .append("HTTP ").append(sent).append(reason(sent))
        .append(status == sent ? "" : " (handled as " + status + reason(status) + ")")
        .append(" from ").append(method).append(' ').append(url);
    if (!errors.isEmpty()) {
      message.append(": ").append(errors.stream().map(ApiError::describe).filter(s -> !s.isEmpty())
          .collect(Collectors.joining("; ")));
    } else if (!body.isBlank()) {
      message.append(": ").append(describeUnparsedBody(body, headers));
    } else {
      message.append(" (empty body)");
    }
    if (status == 401 || status == 403) {
      message.append(". ").append(authFailureHint);
    } else if (status == 429) {
      Optional<Duration> wait = RetryAfter.from(headers, clock);
      message.append(wait.map(d -> d.equals(RetryAfter.TOO_LONG)
              ? ". The server asked to wait longer than can be represented before retrying"
              : ". The server asked to wait " + d.toSeconds() + " s before retrying")
          .orElse(". Rate limited; slow down before retrying"));
    } else if (status >= 500 && RetryPolicy.isIdempotentRead(method)) {
      message.append(". The server failed; the read was retried per the retry policy");
    } else if (status >= 500) {
      message.append(". The outcome is unknown: the server may have acted on the ").append(method)
          .append(" before failing, so it was not re-sent. Check the current state before sending it again");
    }
    return message.toString();
  }

  private static String describeUnparsedBody(String body, Map<String, ? extends Collection<String>> headers) {
    String contentType = headerValue(headers, "Content-Type").orElse("unknown type");
    String plain = body.replaceAll("(?s)<(script|style).*?</\\1>", " ")
        .replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
    if (plain.length() > MESSAGE_SNIPPET_CHARS) {
      plain = plain.substring(0, MESSAGE_SNIPPET_CHARS) + "...";
    }
    boolean looksJson = body.stripLeading().startsWith("{") || body.stripLeading().startsWith("[");
    return (looksJson ? "unreadable JSON body (" : "non-JSON body (") + contentType + "): " + plain;
  }

  private static Optional<String> headerValue(Map<String, ? extends Collection<String>> headers, String name) {
    if (headers == null) {
      return Optional.empty();
    }
    return headers.entrySet().stream()
        .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
        .flatMap(e -> e.getValue().stream())
        .findFirst();
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> " Bad Request";
      case 401 -> " Unauthorized";
      case 403 -> " Forbidden";
      case 404 -> " Not Found";
      case 405 -> " Method Not Allowed";
      case 409 -> " Conflict";
      case 422 -> " Unprocessable Entity";
      case 429 -> " Too Many Requests";
      case 500 -> " Internal Server Error";
      case 502 -> " Bad Gateway";
      case 503 -> " Service Unavailable";
      case 504 -> " Gateway Timeout";
      default -> "";
    };
  }
}
