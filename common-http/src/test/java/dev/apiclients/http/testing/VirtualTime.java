package dev.apiclients.http.testing;

import dev.apiclients.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock and sleeper with one virtual timeline per thread, for concurrency tests: every thread
 * starts at the same instant, and sleeping moves only the sleeping thread's time forward. A paced
 * request therefore starts, on its own thread's clock, exactly at the slot the pacer gave it, and
 * tests can check the spacing of those slots without sleeping for real.
 */
public final class VirtualTime extends Clock implements Sleeper {

  private final Instant start;
  private final ThreadLocal<Instant> now;

  /** Starts every thread at 2026-01-01T00:00:00Z. */
  public VirtualTime() {
    this.start = Instant.parse("2026-01-01T00:00:00Z");
    this.now = ThreadLocal.withInitial(() -> start);
  }

  @Override
  public void sleep(Duration duration) {
    if (!duration.isNegative()) {
      now.set(now.get().plus(duration));
    }
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
