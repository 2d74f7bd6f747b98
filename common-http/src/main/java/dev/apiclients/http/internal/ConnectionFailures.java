package dev.apiclients.http.internal;

import dev.apiclients.http.ApiConnectionException;
import dev.apiclients.http.ErrorResponse;
import dev.apiclients.http.RetryPolicy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/** What a failed exchange without a response means, and how it is reported. */
final class ConnectionFailures {

  private ConnectionFailures() {}

  /** Whether the exception proves that no byte of the request reached the server. */
  static boolean neverSent(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException
          || t instanceof UnknownHostException || t instanceof NoRouteToHostException
          || t instanceof UnresolvedAddressException) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code type} is anywhere in the cause chain. */
  static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** A short description of what went wrong, for logs and messages. */
  static String describe(IOException e, boolean sent) {
    if (!sent) {
      return "could not connect (" + safeMessage(e) + ")";
    }
    if (e instanceof HttpTimeoutException) {
      return "no complete response within the read timeout";
    }
    return "the connection broke before a complete response arrived (" + safeMessage(e) + ")";
  }

  /** The first message in the cause chain, with the type that carried it. */
  static String safeMessage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return t.getClass().getSimpleName() + ": " + t.getMessage();
      }
    }
    return e.getClass().getSimpleName();
  }

  /**
   * The exception for a call that got no usable response after its last attempt; for a write whose
   * request may have arrived, it says that the outcome is unknown.
   */
  static ApiConnectionException exception(
      Redactor redactor, String method, String url, IOException e, boolean sent, String what, int attempts) {
    boolean outcomeUnknown = sent && !RetryPolicy.isIdempotentRead(method);
    String safeUrl = redactor.url(method, url);
    StringBuilder message = new StringBuilder()
        .append(method).append(' ').append(safeUrl).append(" failed: ").append(what);
    if (attempts > 1) {
      message.append(" (after ").append(attempts).append(" attempts)");
    }
    if (outcomeUnknown) {
      message.append(". The outcome is unknown: the server may have received and acted on the request,"
          + " so it was not re-sent. Check the current state before sending it again.");
    } else if (!sent) {
      message.append(". Nothing reached the server; check the base URL, the network and any proxy.");
    }
    IOException cause = e.getClass().getName().startsWith("java.") ? e : null;
    return new ApiConnectionException(
        redactor.text(message.toString(), redactor.secretValuesIn(url)),
        ErrorResponse.noResponse(method, safeUrl), outcomeUnknown, cause);
  }
}
