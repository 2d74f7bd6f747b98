package dev.apiclients.http;

/**
 * How much of each HTTP exchange the clients log, through {@link System.Logger} under the name
 * {@code dev.apiclients.http} (route it to SLF4J or JUL as usual). Credential headers and secret
 * query parameters are masked at every level, and bodies are never logged, because request URLs
 * and bodies may carry passwords.
 */
public enum LogLevel {
  /** Nothing. The default. */
  NONE,
  /** Method, URL (secrets masked), status, elapsed time, retries. */
  BASIC,
  /** {@link #BASIC} plus request and response headers, credential values masked. */
  HEADERS
}
