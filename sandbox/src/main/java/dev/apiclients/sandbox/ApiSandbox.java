package dev.apiclients.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What both APIs of the sandbox share: the fault switches and the record of every request. Each
 * request is served under this object's lock, so state, switches and record stay consistent.
 */
abstract class ApiSandbox {

  private final Faults faults = new Faults();
  private final List<RecordedRequest> recorded = new ArrayList<>();

  ApiSandbox() {}

  /**
   * Answers the n-th request from now (1 is the next one) with {@code status} and a JSON error body
   * instead of serving it; the sandbox's state does not change.
   *
   * @param n which request, counted from now, 1 or more
   * @param status the status to answer, 400 to 599 (such as 503)
   * @throws IllegalArgumentException when n or status is out of range
   */
  public void failNthRequest(int n, int status) {
    faults.failNthRequest(n, status);
  }

  /**
   * Resets the connection of the n-th request from now (1 is the next one) instead of answering it
   * (TCP reset, WireMock's {@code CONNECTION_RESET_BY_PEER}); the sandbox's state does not change.
   *
   * @param n which request, counted from now, 1 or more
   * @throws IllegalArgumentException when n is less than 1
   */
  public void resetNthRequest(int n) {
    faults.resetNthRequest(n);
  }

  /**
   * Delays every answer of this API by {@code delay}, for testing timeouts; {@link Duration#ZERO}
   * (the default) turns it off.
   *
   * @param delay how long the sandbox waits before answering
   * @throws IllegalArgumentException when delay is null or negative
   */
  public void delay(Duration delay) {
    faults.delay(delay);
  }

  /**
   * Every request this API received since the sandbox started or was last reset, in order, faulted
   * and refused ones included.
   *
   * @return an unmodifiable copy
   */
  public synchronized List<RecordedRequest> requests() {
    return List.copyOf(recorded);
  }

  /** Serves one request: a fault switch first, else the API itself; records it. */
  final synchronized SandboxResponse serve(SandboxRequest request, String publicBaseUrl) {
    Faults.Fault fault = faults.next();
    SandboxResponse response = fault.reset() ? SandboxResponse.reset()
        : fault.status() > 0 ? injected(fault.status()) : answer(request, publicBaseUrl);
    recorded.add(new RecordedRequest(request.method(), request.path(), request.params(), response.status(),
        Instant.now(), request.body()));
    return response;
  }

  /** The delay every answer waits, zero when off. */
  final Duration answerDelay() {
    return faults.delay();
  }

  /** Turns every fault switch off and forgets the recorded requests. */
  synchronized void resetTraffic() {
    faults.clear();
    recorded.clear();
  }

  /** Answers a request that met no fault switch. */
  abstract SandboxResponse answer(SandboxRequest request, String publicBaseUrl);

  /** The answer of {@link #failNthRequest(int, int)}, in this API's error format. */
  abstract SandboxResponse injected(int status);
}
