package dev.apiclients.http.internal;

import dev.apiclients.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Spaces the starts of requests at least an interval apart, across all threads sharing it. Each
 * caller reserves the next free slot under a lock, then waits outside the lock until its slot.
 */
public final class RequestPacer {

  private final Duration interval;
  private final Clock clock;
  private final Sleeper sleeper;
  private Instant nextFreeSlot;

  /**
   * @param interval the least time between two request starts; zero disables pacing
   * @param clock the time source
   * @param sleeper how to wait
   */
  public RequestPacer(Duration interval, Clock clock, Sleeper sleeper) {
    this.interval = interval;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Blocks until the caller may start a request.
   *
   * @throws InterruptedException if interrupted while waiting
   */
  public void awaitTurn() throws InterruptedException {
    if (interval.isZero()) {
      return;
    }
    Instant slot;
    synchronized (this) {
      Instant now = clock.instant();
      slot = nextFreeSlot == null || nextFreeSlot.isBefore(now) ? now : nextFreeSlot;
      nextFreeSlot = slot.plus(interval);
    }
    Duration wait = Duration.between(clock.instant(), slot);
    if (!wait.isNegative() && !wait.isZero()) {
      sleeper.sleep(wait);
    }
  }
}
