package dev.apiclients.http.internal;

import dev.apiclients.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Spaces the starts of requests at least an interval apart, across all threads sharing it. Each
 * caller reserves the next free slot under a lock, then waits outside the lock until its slot. A
 * caller interrupted while waiting gives its slot back, so the next caller may take it.
 *
 * <p>Every request starts at least the read interval after the one before; a write ({@code POST},
 * {@code PUT}, {@code PATCH}, {@code DELETE}) also at least the write interval after the last
 * write. Reads start at the request interval, writes at the write interval (which may be longer,
 * for a server known to limit writes more tightly, so that the first writes meet no 429). When
 * {@code maxInterval} is longer than the request interval, each adapts to the server on its own
 * (so a write limit never slows reads), from the 429s of its own kind, never below the request
 * interval:
 *
 * <ul>
 *   <li>a 429 says the server's limit lies above the gap that was refused (measured from the last
 *       accepted request of that kind) and at or below the smallest gap accepted since: the interval
 *       goes back to that accepted gap, or widens by half (the first time, unless it started at a
 *       write interval above the request interval, a limit already known) or by 5%, whichever is
 *       narrower;
 *   <li>after {@value #FIRST_PROBE_AFTER} successes in a row the interval probes once downward,
 *       halfway to the refused gap; a refused probe doubles the successes needed before the next
 *       one (up to {@value #MAX_PROBE_AFTER}), an accepted one settles there.
 * </ul>
 *
 * <p>So pacing settles just above the server's limit and meets a 429 rarely. Responses are matched
 * to the request of the same thread ({@link #onResponse(int)} after {@link #awaitTurn(String)}).
 */
public final class RequestPacer {

  /** Successes in a row before the first downward probe. */
  static final int FIRST_PROBE_AFTER = 50;
  /** The most successes in a row a probe waits for after refused probes. */
  static final int MAX_PROBE_AFTER = 400;

  private final Duration baseInterval;
  private final Duration maxInterval;
  private final Clock clock;
  private final Sleeper sleeper;
  private final TreeSet<Instant> returnedSlots = new TreeSet<>();
  private final Lane requests;
  private final Lane writes;
  private final ThreadLocal<Turn> turns = new ThreadLocal<>();

  /** One reserved start: when, and whether it is a write. */
  private record Turn(Instant slot, Instant started, boolean write) {}

  /**
   * A pacer whose writes start at the same interval as reads.
   *
   * @param interval the least time between two request starts; zero disables pacing
   * @param maxInterval how far a 429 may widen an interval ({@code interval} for no adapting)
   * @param clock the time source
   * @param sleeper how to wait
   */
  public RequestPacer(Duration interval, Duration maxInterval, Clock clock, Sleeper sleeper) {
    this(interval, interval, maxInterval, clock, sleeper);
  }

  /**
   * @param interval the least time between two request starts; zero disables pacing
   * @param writeInterval the time between two write starts to begin with (shorter than {@code
   *     interval} counts as {@code interval})
   * @param maxInterval how far a 429 may widen an interval ({@code interval} for no adapting; a
   *     write interval longer than it is its own cap)
   * @param clock the time source
   * @param sleeper how to wait
   */
  public RequestPacer(Duration interval, Duration writeInterval, Duration maxInterval, Clock clock, Sleeper sleeper) {
    this.baseInterval = interval;
    this.maxInterval = longer(maxInterval, interval);
    this.clock = clock;
    this.sleeper = sleeper;
    this.requests = new Lane(interval, this.maxInterval);
    Duration writeStart = longer(writeInterval, interval);
    this.writes = new Lane(writeStart, longer(this.maxInterval, writeStart));
  }

  /** The least time between two request starts right now (wider than configured after reads met 429). */
  public synchronized Duration currentInterval() {
    return requests.interval;
  }

  /** The least time between two write starts right now: what the server's write limit was found to be. */
  public synchronized Duration currentWriteInterval() {
    return writes.interval.compareTo(requests.interval) > 0 ? writes.interval : requests.interval;
  }

  /**
   * Blocks until the caller may start a read.
   *
   * @throws InterruptedException if interrupted while waiting; the slot is given back
   */
  public void awaitTurn() throws InterruptedException {
    awaitTurn("GET");
  }

  /**
   * Blocks until the caller may start a request with the given method.
   *
   * @param method the HTTP method: {@code GET}, {@code HEAD} and {@code OPTIONS} are reads, the rest writes
   * @throws InterruptedException if interrupted while waiting; the slot is given back
   */
  public void awaitTurn(String method) throws InterruptedException {
    if (baseInterval.isZero()) {
      return;
    }
    boolean write = !isRead(method);
    Instant slot = reserve(write);
    Duration wait = Duration.between(clock.instant(), slot);
    if (!wait.isNegative() && !wait.isZero()) {
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        giveBack(slot, write);
        throw e;
      }
    }
    Instant started = clock.instant();
    turns.set(new Turn(slot, started.isBefore(slot) ? slot : started, write));
  }

  /**
   * Learns from the response to this thread's last request: 429 moves its kind's interval toward
   * the server's limit, a success confirms the gap it was sent at.
   *
   * @param status the HTTP status of the response just received
   */
  public synchronized void onResponse(int status) {
    Turn turn = turns.get();
    if (baseInterval.isZero() || turn == null) {
      return;
    }
    Lane lane = turn.write() ? writes : requests;
    if (status == 429) {
      turns.remove();
      lane.refused(turn.slot(), turn.started());
    } else if (status >= 200 && status < 300) {
      turns.remove();
      lane.accepted(turn.started());
      if (turn.write()) {
        requests.lastAccepted = turn.started();
      }
    }
  }

  private static boolean isRead(String method) {
    String m = method == null ? "GET" : method.toUpperCase(Locale.ROOT);
    return m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS");
  }

  private synchronized Instant reserve(boolean write) {
    Instant now = clock.instant();
    // A returned slot in the past can no longer be used: starting now could crowd the next one.
    returnedSlots.headSet(now).clear();
    if (!write && !returnedSlots.isEmpty()) {
      return returnedSlots.pollFirst();
    }
    Instant slot = later(now, requests.nextFree);
    if (write) {
      slot = later(slot, writes.nextFree);
      writes.take(slot);
    }
    requests.take(slot);
    return slot;
  }

  private synchronized void giveBack(Instant slot, boolean write) {
    if (write && slot.plus(writes.interval).equals(writes.nextFree)) {
      writes.nextFree = slot;
    }
    if (slot.plus(requests.interval).equals(requests.nextFree)) {
      requests.nextFree = slot;
      while (!returnedSlots.isEmpty() && returnedSlots.last().plus(requests.interval).equals(requests.nextFree)) {
        requests.nextFree = returnedSlots.pollLast();
      }
    } else {
      returnedSlots.add(slot);
    }
  }

  private static Instant later(Instant a, Instant b) {
    return b == null || b.isBefore(a) ? a : b;
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** The pacing of one kind of request (all requests, or writes): its interval and what it learnt. */
  private final class Lane {
    /** The widest this lane's interval may become. */
    final Duration cap;
    Duration interval;
    Instant nextFree;
    Instant lastReserved;
    Instant lastAccepted;
    /** The widest gap the server refused since the interval last settled, or null. */
    Duration refusedGap;
    /** The narrowest gap the server accepted above {@link #refusedGap}, or null. */
    Duration acceptedGap;
    boolean everRefused;
    int successes;
    int probeAfter = FIRST_PROBE_AFTER;
    Duration beforeProbe;

    Lane(Duration start, Duration cap) {
      this.interval = start;
      this.cap = cap;
      // A start above the request interval is a limit already known: a 429 there is the server's
      // jitter or a small change, worth a 5% step rather than half.
      this.everRefused = start.compareTo(baseInterval) > 0;
    }

    void take(Instant slot) {
      lastReserved = slot;
      nextFree = slot.plus(interval);
    }

    boolean adaptive() {
      return maxInterval.compareTo(baseInterval) > 0;
    }

    Duration gapTo(Instant slot) {
      return lastAccepted == null || slot.isBefore(lastAccepted) ? null : Duration.between(lastAccepted, slot);
    }

    void accepted(Instant started) {
      Duration gap = gapTo(started);
      lastAccepted = started;
      if (!adaptive()) {
        return;
      }
      if (gap != null && (refusedGap == null || gap.compareTo(refusedGap) > 0)
          && (acceptedGap == null || gap.compareTo(acceptedGap) < 0)) {
        acceptedGap = gap;
      }
      if (beforeProbe != null && gap != null && gap.compareTo(beforeProbe) < 0) {
        beforeProbe = null; // the probe went through: settle there
        probeAfter = FIRST_PROBE_AFTER;
      }
      if (beforeProbe == null && ++successes >= probeAfter && interval.compareTo(baseInterval) > 0) {
        probe();
      }
    }

    /** Tries a narrower interval once: halfway to the refused gap (or a tenth less, with none known). */
    private void probe() {
      successes = 0;
      Duration target;
      if (refusedGap == null || interval.minus(refusedGap).compareTo(interval.dividedBy(50)) < 0) {
        refusedGap = null; // the limit may have moved since: look below it again
        target = interval.minus(interval.dividedBy(10));
      } else {
        target = refusedGap.plus(interval.minus(refusedGap).dividedBy(2));
      }
      beforeProbe = interval;
      setInterval(target);
    }

    void refused(Instant slot, Instant started) {
      if (!adaptive()) {
        return;
      }
      successes = 0;
      Duration gap = gapTo(started);
      if (gap == null) {
        gap = interval;
      }
      refusedGap = refusedGap == null ? gap : longer(refusedGap, gap);
      if (beforeProbe != null) {
        setInterval(beforeProbe);
        beforeProbe = null;
        probeAfter = Math.min(MAX_PROBE_AFTER, probeAfter * 2);
      } else {
        Duration base = longer(refusedGap, interval);
        Duration widened = everRefused ? base.plus(base.dividedBy(20)) : base.plus(base.dividedBy(2));
        if (acceptedGap != null && acceptedGap.compareTo(refusedGap) > 0) {
          setInterval(acceptedGap.compareTo(widened) < 0 ? acceptedGap : widened);
        } else {
          acceptedGap = null;
          setInterval(widened);
        }
      }
      everRefused = true;
      // The refused request did not count: the next one may start an interval after the last accepted.
      if (slot.equals(lastReserved)) {
        nextFree = lastAccepted == null ? slot.plus(interval) : lastAccepted.plus(interval);
      } else if (lastAccepted != null && nextFree != null && nextFree.isBefore(lastAccepted.plus(interval))) {
        nextFree = lastAccepted.plus(interval);
      }
    }

    private void setInterval(Duration wanted) {
      interval = wanted.compareTo(cap) > 0 ? cap
          : wanted.compareTo(baseInterval) < 0 ? baseInterval : wanted;
      if (lastReserved != null) {
        nextFree = lastReserved.plus(interval);
      }
    }
  }
}
