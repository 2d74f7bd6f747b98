package dev.apiclients.http.internal;

import dev.apiclients.http.LogLevel;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Logs HTTP exchanges through {@link System.Logger}, with URLs and headers masked by the
 * {@link Redactor}. Bodies are never logged. The logger names and levels are part of the public
 * contract documented on {@link LogLevel}: requests and successful responses at
 * {@link Level#DEBUG}, error responses and connection failures at {@link Level#WARNING} under
 * {@value LogLevel#EXCHANGE_LOGGER}; retry decisions at {@link Level#INFO} under
 * {@value LogLevel#RETRY_LOGGER}.
 */
public final class ExchangeLog {

  private static final Logger EXCHANGE = System.getLogger(LogLevel.EXCHANGE_LOGGER);
  private static final Logger RETRY = System.getLogger(LogLevel.RETRY_LOGGER);

  /** Response headers a test server adds for its own bookkeeping (WireMock's stub ids): noise in a log. */
  private static final List<String> NOT_SHOWN = List.of("Matched-Stub-Id", "Matched-Stub-Name");

  private final LogLevel level;
  private final Redactor redactor;
  private final Map<String, List<String>> fixedHeaders;

  /**
   * @param level how much to log
   * @param redactor masks secrets
   */
  public ExchangeLog(LogLevel level, Redactor redactor) {
    this(level, redactor, Map.of());
  }

  /**
   * @param level how much to log
   * @param redactor masks secrets
   * @param fixedHeaders headers the transport adds to every request (credentials, {@code
   *     User-Agent}), shown with each request's own
   */
  public ExchangeLog(LogLevel level, Redactor redactor, Map<String, String> fixedHeaders) {
    this.level = level;
    this.redactor = redactor;
    Map<String, List<String>> fixed = new java.util.LinkedHashMap<>();
    fixedHeaders.forEach((name, value) -> fixed.put(name, List.of(value)));
    this.fixedHeaders = java.util.Collections.unmodifiableMap(fixed);
  }

  /**
   * Logs a request about to be sent, at DEBUG; its headers are only gathered when it is logged.
   *
   * @param headers the request's own headers
   * @param interfaceHeaders the literal headers of its API interface, which the transport sets
   */
  public void request(String method, String url, Supplier<Map<String, ? extends Collection<String>>> headers,
      Map<String, String> interfaceHeaders, int attempt) {
    if (!enabled(EXCHANGE, Level.DEBUG)) {
      return;
    }
    StringBuilder line = new StringBuilder("--> ").append(method).append(' ').append(redactor.url(method, url));
    if (attempt > 1) {
      line.append(" (attempt ").append(attempt).append(')');
    }
    appendHeaders(line, headers.get(), url);
    Map<String, List<String>> fromInterface = new java.util.LinkedHashMap<>();
    interfaceHeaders.forEach((name, value) -> fromInterface.put(name, List.of(value)));
    appendHeaders(line, fromInterface, url);
    appendHeaders(line, fixedHeaders, url);
    EXCHANGE.log(Level.DEBUG, line.toString());
  }

  /** Logs a response: a 1xx-3xx at DEBUG, a 4xx or 5xx at WARNING. */
  public void response(
      String method, String url, int status, Map<String, ? extends Collection<String>> headers, int bytes, Duration took) {
    Level at = status >= 400 ? Level.WARNING : Level.DEBUG;
    if (!enabled(EXCHANGE, at)) {
      return;
    }
    StringBuilder line = new StringBuilder("<-- ").append(status).append(' ').append(method).append(' ')
        .append(redactor.url(method, url)).append(" (").append(took.toMillis()).append(" ms, ").append(bytes).append(" bytes)");
    appendHeaders(line, headers, url);
    EXCHANGE.log(at, line.toString());
  }

  /** Logs a failure without a response (its message must already be masked), at WARNING. */
  public void failure(String method, String url, String what, Duration took) {
    if (!enabled(EXCHANGE, Level.WARNING)) {
      return;
    }
    EXCHANGE.log(Level.WARNING,
        "<-- " + method + " " + redactor.url(method, url) + " failed after " + took.toMillis() + " ms: " + what);
  }

  /** Logs a retry decision, at INFO. */
  public void retry(String method, String url, String reason, Duration wait, int nextAttempt) {
    if (!enabled(RETRY, Level.INFO)) {
      return;
    }
    RETRY.log(Level.INFO, "retrying " + method + " " + redactor.url(method, url) + " after " + reason
        + " in " + wait.toMillis() + " ms (attempt " + nextAttempt + ")");
  }

  private boolean enabled(Logger logger, Level at) {
    return level != LogLevel.NONE && logger.isLoggable(at);
  }

  private void appendHeaders(StringBuilder line, Map<String, ? extends Collection<String>> headers, String url) {
    if (level != LogLevel.HEADERS || headers == null) {
      return;
    }
    List<String> exchangeSecrets = redactor.secretValuesIn(url);
    headers.forEach((name, values) -> {
      if (NOT_SHOWN.stream().anyMatch(name::equalsIgnoreCase)) {
        return;
      }
      String shown = redactor.isSecretHeader(name) || name.equalsIgnoreCase("Set-Cookie")
          ? Redactor.MASK : redactor.text(String.join(", ", values), exchangeSecrets);
      line.append("\n    ").append(name).append(": ").append(shown);
    });
  }
}
