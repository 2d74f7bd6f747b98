package dev.apiclients.http;

import java.time.Duration;

/**
 * Waits for a duration. The clients wait through a {@code Sleeper} (between retries, between
 * paced requests, between pages) so that tests can inject one that only records the waits and
 * advances a fake clock, and never sleep for real.
 */
@FunctionalInterface
public interface Sleeper {

  /** The real sleeper: {@link Thread#sleep(long, int)}; a zero or negative duration returns at once. */
  Sleeper SYSTEM = duration -> {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
  };

  /**
   * Waits for the given duration.
   *
   * @param duration how long to wait; zero or negative returns at once
   * @throws InterruptedException if the waiting thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;
}
