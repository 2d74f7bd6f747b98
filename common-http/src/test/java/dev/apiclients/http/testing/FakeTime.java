package dev.apiclients.http.testing;

import dev.apiclients.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A fake clock and sleeper for tests: sleeping only records the wait and advances the clock, so
 * tests are fast and deterministic. Thread-safe.
 */
public final class FakeTime extends Clock implements Sleeper {

  private Instant now;
  private final List<Duration> sleeps = new ArrayList<>();
  private final List<Instant> marks = new ArrayList<>();

  /** Starts at 2026-01-01T00:00:00Z. */
  public FakeTime() {
    this(Instant.parse("2026-01-01T00:00:00Z"));
  }

  /** Starts at the given instant. */
  public FakeTime(Instant start) {
    this.now = start;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    if (!duration.isNegative()) {
      now = now.plus(duration);
    }
  }

  /** Moves the clock forward without recording a sleep. */
  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  /** Every wait requested so far, in order. */
  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  /** The sum of all waits. */
  public synchronized Duration totalSlept() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }

  /** Records the current instant (for example when a request arrives). */
  public synchronized void mark() {
    marks.add(now);
  }

  /** The instants recorded by {@link #mark()}. */
  public synchronized List<Instant> marks() {
    return List.copyOf(marks);
  }

  @Override
  public synchronized Instant instant() {
    return now;
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
