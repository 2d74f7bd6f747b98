package dev.apiclients.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Named credential headers sent with every request, such as {@code x-api-key} or {@code
 * X-Api-Token}. The values are secrets: {@link #toString()} shows only the header names, and the
 * clients mask them in logs and exceptions.
 */
public final class CredentialHeaders {

  private final Map<String, String> headers;

  private CredentialHeaders(Map<String, String> headers) {
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** No credentials. */
  public static CredentialHeaders none() {
    return new CredentialHeaders(Map.of());
  }

  /**
   * Credentials from header names to secret values, in the given order.
   *
   * @throws IllegalArgumentException if a name or value is blank, or cannot be sent as a header
   *     (the message never repeats the value)
   */
  public static CredentialHeaders of(Map<String, String> headers) {
    Objects.requireNonNull(headers, "headers");
    headers.forEach(
        (name, value) -> {
          if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("credential header name must not be blank");
          }
          if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("credential header " + name + " must not be blank");
          }
          if (name.chars().anyMatch(c -> c <= ' ' || c >= 127)) {
            throw new IllegalArgumentException("credential header name " + name + " is not a valid HTTP header name");
          }
          if (value.chars().anyMatch(c -> c < ' ' && c != '\t' || c >= 127)) {
            throw new IllegalArgumentException("credential header " + name + " has a character that cannot be sent"
                + " in an HTTP header (a control character or a non-ASCII one such as an accent or a currency sign);"
                + " copy the credential again from where it was issued. The value is not shown here.");
          }
        });
    return new CredentialHeaders(headers);
  }

  /** The headers with their secret values; for the transport only. */
  public Map<String, String> asMap() {
    return headers;
  }

  /** Whether the given header name (case-insensitive) is one of these credentials. */
  public boolean isCredential(String headerName) {
    return headers.keySet().stream().anyMatch(name -> name.equalsIgnoreCase(headerName));
  }

  /** Shows the header names only, for example {@code CredentialHeaders[x-api-key=***]}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("CredentialHeaders[");
    String separator = "";
    for (String name : headers.keySet()) {
      text.append(separator).append(name).append("=***");
      separator = ", ";
    }
    return text.append(']').toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CredentialHeaders that && headers.equals(that.headers);
  }

  @Override
  public int hashCode() {
    return headers.hashCode();
  }
}
