package dev.apiclients.http;

/** The headers a {@link RequestHook} may set on a request: write only. */
public interface RequestHeaders {

  /**
   * Sets a header, replacing any value set before under that name; a {@code null} value removes
   * it.
   *
   * @param name the header name
   * @param value its value, sent as it is, or {@code null}
   * @throws IllegalArgumentException for a credential header, {@code Host}, {@code Content-Length},
   *     {@code User-Agent} or another name the client keeps for itself, or a name or value that is
   *     not a valid single-line header
   */
  void set(String name, String value);
}
