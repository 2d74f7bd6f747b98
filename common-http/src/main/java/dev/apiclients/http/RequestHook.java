package dev.apiclients.http;

import dev.apiclients.http.observation.CallInfo;

/**
 * Adds headers of your own to each request a client sends, such as a correlation id or a {@code
 * traceparent}; set one with {@code requestHook(...)} on a client builder. It runs once per call,
 * on the calling thread, after the default headers are set (it may replace them); retries re-send
 * the same headers. It cannot see any header, and cannot set a credential header, {@code Host},
 * {@code Content-Length} or {@code User-Agent}.
 *
 * <pre>{@code
 * .requestHook((call, headers) -> headers.set("X-Correlation-Id", MDC.get("correlationId")))
 * }</pre>
 */
@FunctionalInterface
public interface RequestHook {

  /**
   * Adds headers to a request about to be sent.
   *
   * @param call what is called (operation, method, URL template)
   * @param headers where to set them
   */
  void beforeRequest(CallInfo call, RequestHeaders headers);
}
