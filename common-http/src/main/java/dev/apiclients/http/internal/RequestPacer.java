package dev.apiclients.http.internal;

import dev.apiclients.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.TreeSet;

/**
 * Spaces the starts of requests at least an interval apart, across all threads sharing it. Each
 * caller reserves the next free slot under a lock, then waits outside the lock until its slot. A
 * caller interrupted while waiting gives its slot back, so the next caller may take it.
 */
public final class RequestPacer {

  private final Duration interval;
  private final Clock clock;
  private final Sleeper sleeper;
  private final TreeSet<Instant> returnedSlots = new TreeSet<>();
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
   * @throws InterruptedException if interrupted while waiting; the slot is given back
   */
  public void awaitTurn() throws InterruptedException {
    if (interval.isZero()) {
      return;
    }
    Instant slot = reserve();
    Duration wait = Duration.between(clock.instant(), slot);
    if (wait.isNegative() || wait.isZero()) {
      return;
    }
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      giveBack(slot);
      throw e;
    }
  }

  private synchronized Instant reserve() {
    Instant now = clock.instant();
    // A returned slot in the past can no longer be used: starting now could crowd the next one.
    returnedSlots.headSet(now).clear();
    if (!returnedSlots.isEmpty()) {
      return returnedSlots.pollFirst();
    }
    Instant slot = nextFreeSlot == null || nextFreeSlot.isBefore(now) ? now : nextFreeSlot;
    nextFreeSlot = slot.plus(interval);
    return slot;
  }

  private synchronized void giveBack(Instant slot) {
    if (slot.plus(interval).equals(nextFreeSlot)) {
      nextFreeSlot = slot;
      while (!returnedSlots.isEmpty() && returnedSlots.last().plus(interval).equals(nextFreeSlot)) {
        nextFreeSlot = returnedSlots.pollLast();
      }
    } else {
      returnedSlots.add(slot);
    }
  }
}
