package dev.apiclients.http.internal;

import dev.apiclients.http.CredentialHeaders;
import java.util.Locale;
import java.util.Set;

/** Which headers a user may set (default headers, a request hook), and with which values. */
public final class HeaderRules {

  /** Header names the client sets itself, or the JDK refuses: never set by a user. */
  static final Set<String> RESERVED = Set.of(
      "host", "content-length", "connection", "expect", "upgrade", "user-agent", "accept-encoding",
      "transfer-encoding", "te", "trailer", "keep-alive", "proxy-authorization", "authorization");

  private HeaderRules() {}

  /**
   * Refuses a name that is reserved, a credential header, or not a valid header name.
   *
   * @param name the header name
   * @param credentials the client's credential headers, or {@code null} when not known yet
   * @param option the option being set, for the message
   */
  public static void requireSettable(String name, CredentialHeaders credentials, String option) {
    if (name == null || name.isEmpty() || name.chars().anyMatch(c -> c <= ' ' || c >= 127 || c == ':')) {
      throw new IllegalArgumentException(option + " needs a valid header name, was "
          + (name == null ? null : "\"" + name.replaceAll("\\p{Cntrl}", "?") + "\""));
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (RESERVED.contains(lower)) {
      throw new IllegalArgumentException(option + " cannot set " + name + ": the client sets it itself"
          + (lower.equals("user-agent") ? " (use userAgent(...) to add a product token)" : ""));
    }
    if (credentials != null && credentials.isCredential(name)) {
      throw new IllegalArgumentException(option + " cannot set the credential header " + name);
    }
  }

  /** Refuses a value that could split the request: a line break or another control character. */
  public static void requireValue(String name, String value, String option) {
    if (value == null || value.chars().anyMatch(c -> c < ' ' && c != '\t' || c == 127)) {
      throw new IllegalArgumentException(option + " " + name + " needs a single-line value"
          + (value == null ? ", was null" : ""));
    }
  }
}
