package dev.apiclients.sandbox;

import java.time.Duration;
import java.util.function.LongSupplier;

/** The least time between two writes the Libib sandbox lets through; off when zero. Not thread-safe. */
final class WriteRateLimit {

  private final LongSupplier nanoTime;
  private long minIntervalNanos;
  private long lastWriteAt;
  private boolean anyWrite;

  WriteRateLimit(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  void minInterval(Duration minInterval) {
    if (minInterval == null || minInterval.isNegative()) {
      throw new IllegalArgumentException("minInterval must be zero or positive, was " + minInterval);
    }
    minIntervalNanos = minInterval.toNanos();
    anyWrite = false;
  }

  long minIntervalMillis() {
    return Duration.ofNanos(minIntervalNanos).toMillis();
  }

  /** Lets a write through (zero) or says how much longer it must wait. */
  Duration tryWrite() {
    if (minIntervalNanos <= 0) {
      return Duration.ZERO;
    }
    long now = nanoTime.getAsLong();
    long waited = now - lastWriteAt;
    if (anyWrite && waited < minIntervalNanos) {
      return Duration.ofNanos(minIntervalNanos - waited);
    }
    anyWrite = true;
    lastWriteAt = now;
    return Duration.ZERO;
  }

  /**
   * The {@code Retry-After} for a write refused with {@code wait} left: whole seconds rounded up (at
   * least 1), or 0 when the limit itself is under a second (a limit scaled down for a test).
   */
  long retryAfterSeconds(Duration wait) {
    return minIntervalNanos < 1_000_000_000L ? 0 : Math.max(1, (wait.toMillis() + 999) / 1000);
  }
}
