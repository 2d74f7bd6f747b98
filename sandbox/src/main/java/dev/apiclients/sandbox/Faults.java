package dev.apiclients.sandbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The fault switches of one API of the sandbox: a status or a connection reset on the n-th request
 * from the moment the switch is set, and a delay before every answer. Thread-safe.
 */
final class Faults {

  /** What happens to one request: answered normally, answered with a status, or reset. */
  record Fault(int status, boolean reset) {
    static final Fault NONE = new Fault(0, false);
  }

  private long seen;
  private final Map<Long, Integer> statuses = new HashMap<>();
  private final Set<Long> resets = new HashSet<>();
  private Duration delay = Duration.ZERO;

  synchronized void failNthRequest(int n, int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be from 400 to 599, was " + status);
    }
    statuses.put(target(n), status);
  }

  synchronized void resetNthRequest(int n) {
    resets.add(target(n));
  }

  synchronized void delay(Duration delay) {
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("delay must be zero or positive, was " + delay);
    }
    this.delay = delay;
  }

  synchronized Duration delay() {
    return delay;
  }

  /** Counts one request and says which fault, if any, it meets. */
  synchronized Fault next() {
    seen++;
    if (resets.remove(seen)) {
      return new Fault(0, true);
    }
    Integer status = statuses.remove(seen);
    return status == null ? Fault.NONE : new Fault(status, false);
  }

  /** Turns every switch off. */
  synchronized void clear() {
    statuses.clear();
    resets.clear();
    delay = Duration.ZERO;
  }

  private long target(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1 (1 is the next request), was " + n);
    }
    return seen + n;
  }
}
