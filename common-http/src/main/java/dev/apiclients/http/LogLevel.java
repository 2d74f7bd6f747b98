package dev.apiclients.http;

/**
 * How much of each HTTP exchange the clients log, through {@link System.Logger} (by default
 * java.util.logging; route it to SLF4J with {@code org.slf4j:slf4j-jdk-platform-logging}).
 * Credential headers and secret query parameters are masked at every level, and bodies are never
 * logged, because request URLs and bodies may carry passwords.
 *
 * <p>What is logged where, at {@link #BASIC} and {@link #HEADERS} (the logger's own level then
 * decides what is shown; in java.util.logging {@code DEBUG} is {@code FINE}):
 *
 * <table>
 *   <caption>Logger names and levels</caption>
 *   <tr><th>logger</th><th>level</th><th>what</th></tr>
 *   <tr><td>{@value #EXCHANGE_LOGGER}</td><td>{@code DEBUG}</td>
 *       <td>each request ({@code --> GET url}) and each 1xx-3xx response ({@code <-- 200 GET url (12 ms, 345 bytes)})</td></tr>
 *   <tr><td>{@value #EXCHANGE_LOGGER}</td><td>{@code WARNING}</td>
 *       <td>each 4xx or 5xx response, and each connection failure (refused, reset, timeout)</td></tr>
 *   <tr><td>{@value #RETRY_LOGGER}</td><td>{@code INFO}</td>
 *       <td>each retry decision: why, how long the wait is, which attempt follows</td></tr>
 * </table>
 *
 * <p>Both names sit under {@code dev.apiclients.http}, so one setting for that name covers them.
 */
public enum LogLevel {
  /** Nothing. The default. */
  NONE,
  /** Method, URL (secrets masked), status, elapsed time, retries. */
  BASIC,
  /**
   * {@link #BASIC} plus request and response headers, credential and cookie values masked;
   * a test server's bookkeeping headers ({@code Matched-Stub-Id}, {@code Matched-Stub-Name}) are
   * left out.
   */
  HEADERS;

  /** The logger of requests, responses and connection failures. */
  public static final String EXCHANGE_LOGGER = "dev.apiclients.http.exchange";

  /** The logger of retry decisions. */
  public static final String RETRY_LOGGER = "dev.apiclients.http.retry";
}
