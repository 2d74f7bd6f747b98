package dev.apiclients.benchmarks;

import dev.apiclients.http.ApiException;
import dev.apiclients.http.Sleeper;
import dev.apiclients.libib.LibibClient;
import dev.apiclients.libib.PatronFields;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Libib's observed write limit (one write every 3 s) against the client's defaults, on a fake
 * clock: 1,000 creates through the real client and transport, answered on the calling thread by a
 * server that refuses a write sooner than the limit after the last accepted one (429 with {@code
 * Retry-After} in whole seconds, as the sandbox does). The score is the CPU time of the run; the
 * counters are what matters: {@code ratioToFloor} (the fake time taken over 1,000 x 3 s), {@code
 * refusedPer100} (429s per 100 writes) and {@code failed} (writes that did not get through). On the
 * fake clock every run gives the same figures, so one measured run is enough (JMH adds counters up
 * over the measured runs).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 1)
@Fork(1)
public class WritePacingBenchmark {

  /** The server's least time between two writes, in ms. */
  @Param({"3000"})
  public long limitMillis;

  /** How many creates a run sends. */
  @Param({"1000"})
  public int writes;

  /** What one run measured, reported by JMH next to the score. */
  @AuxCounters(AuxCounters.Type.EVENTS)
  @State(Scope.Thread)
  public static class Outcome {
    /** The fake time the run took over the floor of {@code writes x limit}. */
    public double ratioToFloor;
    /** 429s per 100 writes. */
    public double refusedPer100;
    /** Writes that ended in an exception. */
    public double failed;

    /** Clears the counters before each run. */
    @Setup(Level.Iteration)
    public void clear() {
      ratioToFloor = 0;
      refusedPer100 = 0;
      failed = 0;
    }
  }

  /** A clock that moves only when slept on. */
  static final class FakeTime extends Clock implements Sleeper {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public void sleep(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
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

  /** Accepts a write only the limit or more after the last accepted one, on the fake clock. */
  static final class LimitedServer {
    private final FakeTime time;
    private final Duration limit;
    private Instant lastAccepted;
    int accepted;
    int refused;

    LimitedServer(FakeTime time, Duration limit) {
      this.time = time;
      this.limit = limit;
    }

    CannedHttpClient.Answer answer(HttpRequest request) {
      Instant now = time.instant();
      if (lastAccepted != null && Duration.between(lastAccepted, now).compareTo(limit) < 0) {
        refused++;
        Duration left = limit.minus(Duration.between(lastAccepted, now));
        return new CannedHttpClient.Answer(429, Map.of("Content-Type", List.of("application/json"),
            "Retry-After", List.of(String.valueOf(Math.max(1, (left.toMillis() + 999) / 1000)))),
            "{\"error\":\"Too many requests\"}".getBytes(StandardCharsets.UTF_8));
      }
      lastAccepted = now;
      accepted++;
      return new CannedHttpClient.Answer(200, Map.of("Content-Type", List.of("application/json")),
          ("{\"barcode\":\"" + (2020000000000L + accepted) + "\",\"first_name\":\"P\",\"last_name\":\"Paced\"}")
              .getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * One import-sized run of creates at the client's default pacing.
   *
   * @param outcome where the run's figures go
   * @return the number of writes that got through
   */
  @Benchmark
  public int createsAgainstTheWriteLimit(Outcome outcome) {
    FakeTime time = new FakeTime();
    Duration limit = Duration.ofMillis(limitMillis);
    LimitedServer server = new LimitedServer(time, limit);
    int failed = 0;
    Instant start = time.instant();
    try (LibibClient libib = LibibClient.builder().apiKey("benchmark-key").apiUser("benchmark-user")
        .transport(new CannedHttpClient(server::answer)).clock(time).sleeper(time).build()) {
      PatronFields fields = PatronFields.builder().firstName("P").lastName("Paced").build();
      for (int i = 0; i < writes; i++) {
        try {
          libib.patrons().createPatron(fields);
        } catch (ApiException e) {
          failed++;
        }
      }
    }
    Duration took = Duration.between(start, time.instant());
    outcome.ratioToFloor = took.toNanos() / (double) limit.multipliedBy(writes).toNanos();
    outcome.refusedPer100 = server.refused * 100.0 / writes;
    outcome.failed = failed;
    return server.accepted;
  }
}
