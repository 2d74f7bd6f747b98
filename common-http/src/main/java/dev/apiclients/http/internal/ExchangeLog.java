package dev.apiclients.http.internal;

import dev.apiclients.http.LogLevel;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;

/**
 * Logs HTTP exchanges through {@link System.Logger} {@code dev.apiclients.http}, with URLs and
 * credential headers masked. Bodies are never logged.
 */
public final class ExchangeLog {

  private static final Logger LOG = System.getLogger("dev.apiclients.http");

  private final LogLevel level;
  private final Redactor redactor;

  /**
   * @param level how much to log
   * @param redactor masks secrets
   */
  public ExchangeLog(LogLevel level, Redactor redactor) {
    this.level = level;
    this.redactor = redactor;
  }

  /** Logs a request about to be sent. */
  public void request(String method, String url, Map<String, ? extends Collection<String>> headers, int attempt) {
    if (level == LogLevel.NONE) {
      return;
    }
    StringBuilder line = new StringBuilder("--> ").append(method).append(' ').append(redactor.url(method, url));
    if (attempt > 1) {
      line.append(" (attempt ").append(attempt).append(')');
    }
    appendHeaders(line, headers, url);
    LOG.log(Level.INFO, line.toString());
  }

  /** Logs a response. */
  public void response(
      String method, String url, int status, Map<String, ? extends Collection<String>> headers, int bytes, Duration took) {
    if (level == LogLevel.NONE) {
      return;
    }
    StringBuilder line = new StringBuilder("<-- ").append(status).append(' ').append(method).append(' ')
        .append(redactor.url(method, url)).append(" (").append(took.toMillis()).append(" ms, ").append(bytes).append(" bytes)");
    appendHeaders(line, headers, url);
    LOG.log(Level.INFO, line.toString());
  }

  /** Logs a failure without a response (its message must already be masked). */
  public void failure(String method, String url, String what, Duration took) {
    if (level == LogLevel.NONE) {
      return;
    }
    LOG.log(Level.INFO, "<-- " + method + " " + redactor.url(method, url) + " failed after " + took.toMillis() + " ms: " + what);
  }

  /** Logs a retry decision. */
  public void retry(String method, String url, String reason, Duration wait, int nextAttempt) {
    if (level == LogLevel.NONE) {
      return;
    }
    LOG.log(Level.INFO, "retrying " + method + " " + redactor.url(method, url) + " after " + reason
        + " in " + wait.toMillis() + " ms (attempt " + nextAttempt + ")");
  }

  private void appendHeaders(StringBuilder line, Map<String, ? extends Collection<String>> headers, String url) {
    if (level != LogLevel.HEADERS || headers == null) {
      return;
    }
    java.util.List<String> exchangeSecrets = redactor.secretValuesIn(url);
    headers.forEach((name, values) -> {
      String shown = redactor.isSecretHeader(name) || name.equalsIgnoreCase("Set-Cookie")
          ? Redactor.MASK : redactor.text(String.join(", ", values), exchangeSecrets);
      line.append("\n    ").append(name).append(": ").append(shown);
    });
  }
}
