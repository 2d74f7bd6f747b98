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
 *
 * <p>The pacing adapts when {@code maxInterval} is longer than the configured interval: a 429
 * widens the interval by half (up to {@code maxInterval}) and pushes the next slot out by the new
 * interval; every {@value #SUCCESSES_BEFORE_NARROWING} successes in a row narrow it by a tenth,
 * never below the configured interval.
 */
public final class RequestPacer {

  /** How many successes in a row narrow an adapted interval by one step. */
  static final int SUCCESSES_BEFORE_NARROWING = 20;

  private final Duration baseInterval;
  private final Duration maxInterval;
  private final Clock clock;
  private final Sleeper sleeper;
  private final TreeSet<Instant> returnedSlots = new TreeSet<>();
  private Duration interval;
  private Instant nextFreeSlot;
  private Instant lastSlot;
  private int successesInARow;

  /**
   * @param interval the least time between two request starts; zero disables pacing
   * @param maxInterval how far a 429 may widen the interval ({@code interval} for no adapting)
   * @param clock the time source
   * @param sleeper how to wait
   */
  public RequestPacer(Duration interval, Duration maxInterval, Clock clock, Sleeper sleeper) {
    this.baseInterval = interval;
    this.maxInterval = maxInterval.compareTo(interval) < 0 ? interval : maxInterval;
    this.interval = interval;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** The least time between two request starts right now (wider than configured after a 429). */
  public synchronized Duration currentInterval() {
    return interval;
  }

  /**
   * Blocks until the caller may start a request.
   *
   * @throws InterruptedException if interrupted while waiting; the slot is given back
   */
  public void awaitTurn() throws InterruptedException {
    if (baseInterval.isZero()) {
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

  /**
   * Learns from a response status: 429 widens the interval, a success may narrow it.
   *
   * @param status the HTTP status of the response just received
   */
  public synchronized void onResponse(int status) {
    if (baseInterval.isZero() || maxInterval.equals(baseInterval)) {
      return;
    }
    if (status == 429) {
      successesInARow = 0;
      Duration widened = interval.plus(interval.dividedBy(2));
      interval = widened.compareTo(maxInterval) > 0 ? maxInterval : widened;
      if (lastSlot != null && nextFreeSlot != null && nextFreeSlot.isBefore(lastSlot.plus(interval))) {
        nextFreeSlot = lastSlot.plus(interval);
      }
    } else if (status >= 200 && status < 300 && interval.compareTo(baseInterval) > 0
        && ++successesInARow >= SUCCESSES_BEFORE_NARROWING) {
      successesInARow = 0;
      Duration narrowed = interval.minus(interval.dividedBy(11));
      interval = narrowed.compareTo(baseInterval) < 0 ? baseInterval : narrowed;
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
    lastSlot = slot;
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
