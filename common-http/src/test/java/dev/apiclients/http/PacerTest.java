package dev.apiclients.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apiclients.http.internal.RequestPacer;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.VirtualTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PacerTest {

  @Test
  void eightThreadsSharingOnePacerGetSlotsAtLeastTheIntervalApart() throws Exception {
    VirtualTime time = new VirtualTime();
    Duration interval = Duration.ofSeconds(2);
    RequestPacer pacer = new RequestPacer(interval, interval, time, time);
    List<Instant> starts = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      futures.add(pool.submit(() -> {
        for (int i = 0; i < 125; i++) {
          pacer.awaitTurn();
          starts.add(time.instant());
        }
        return null;
      }));
    }
    for (Future<?> future : futures) {
      future.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();

    List<Instant> sorted = new ArrayList<>(starts);
    Collections.sort(sorted);
    assertThat(sorted).hasSize(1_000);
    for (int i = 1; i < sorted.size(); i++) {
      assertThat(Duration.between(sorted.get(i - 1), sorted.get(i))).isGreaterThanOrEqualTo(interval);
    }
  }

  @Test
  void zeroIntervalNeverWaits() throws InterruptedException {
    VirtualTime time = new VirtualTime();
    RequestPacer pacer = new RequestPacer(Duration.ZERO, Duration.ZERO, time, time);
    for (int i = 0; i < 10; i++) {
      pacer.awaitTurn();
    }
    assertThat(time.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  /** A server that accepts a write only {@code limit} or more after the last accepted one. */
  private static final class WriteLimit {
    final Duration limit;
    Instant lastAccepted;
    int refused;

    WriteLimit(Duration limit) {
      this.limit = limit;
    }

    int answer(Instant now) {
      if (lastAccepted != null && Duration.between(lastAccepted, now).compareTo(limit) < 0) {
        refused++;
        return 429;
      }
      lastAccepted = now;
      return 200;
    }
  }

  /** Sends writes as the transport does: a 429 waits Retry-After (whole seconds, at least 0.5 s backoff). */
  private static void write(RequestPacer pacer, FakeTime time, WriteLimit server) throws InterruptedException {
    while (true) {
      pacer.awaitTurn("POST");
      int status = server.answer(time.instant());
      pacer.onResponse(status);
      if (status != 429) {
        return;
      }
      Duration left = server.limit.minus(Duration.between(server.lastAccepted, time.instant()));
      long retryAfter = Math.max(1, (left.toMillis() + 999) / 1000);
      time.sleep(Duration.ofSeconds(retryAfter));
    }
  }

  @Test
  void writesSettleJustAboveTheServersLimitWithFew429s() throws InterruptedException {
    FakeTime time = new FakeTime();
    RequestPacer pacer = new RequestPacer(Duration.ofSeconds(2), Duration.ofSeconds(10), time, time);
    WriteLimit server = new WriteLimit(Duration.ofSeconds(3));
    Instant start = time.instant();

    for (int i = 0; i < 1_000; i++) {
      write(pacer, time, server);
    }

    Duration took = Duration.between(start, time.instant());
    assertThat(took).isLessThanOrEqualTo(Duration.ofSeconds(3).multipliedBy(1_000).multipliedBy(110).dividedBy(100));
    assertThat(server.refused).isPositive().isLessThanOrEqualTo(30);
    assertThat(pacer.currentWriteInterval()).isBetween(Duration.ofSeconds(3), Duration.ofMillis(3_300));
    assertThat(pacer.currentInterval()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void writesStartingAtTheServersWriteLimitMeetNo429UntilTheFirstProbe() throws InterruptedException {
    FakeTime time = new FakeTime();
    RequestPacer pacer = new RequestPacer(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(10), time, time);
    WriteLimit server = new WriteLimit(Duration.ofSeconds(3));
    List<Instant> writes = new ArrayList<>();
    List<Instant> reads = new ArrayList<>();

    for (int i = 0; i < 10; i++) {
      write(pacer, time, server);
      writes.add(time.instant());
    }
    for (int i = 0; i < 3; i++) {
      pacer.awaitTurn("GET");
      pacer.onResponse(200);
      reads.add(time.instant());
    }
    for (int i = 10; i < 49; i++) { // the 50th success in a row would set up a downward probe
      write(pacer, time, server);
      writes.add(time.instant());
    }

    assertThat(server.refused).isZero();
    for (int i = 1; i < writes.size(); i++) {
      Duration gap = Duration.between(writes.get(i - 1), writes.get(i));
      assertThat(gap).isEqualTo(i == 10 ? Duration.ofSeconds(8) : Duration.ofSeconds(3));
    }
    assertThat(Duration.between(writes.get(9), reads.get(0))).isEqualTo(Duration.ofSeconds(2));
    assertThat(Duration.between(reads.get(0), reads.get(1))).isEqualTo(Duration.ofSeconds(2));
    assertThat(Duration.between(reads.get(1), reads.get(2))).isEqualTo(Duration.ofSeconds(2));
    assertThat(Duration.between(reads.get(2), writes.get(10))).isEqualTo(Duration.ofSeconds(2));
    assertThat(pacer.currentWriteInterval()).isEqualTo(Duration.ofSeconds(3));
    assertThat(pacer.currentInterval()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void writesStartingAtTheServersWriteLimitSettleWithFewer429s() throws InterruptedException {
    FakeTime time = new FakeTime();
    RequestPacer pacer = new RequestPacer(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(10), time, time);
    WriteLimit server = new WriteLimit(Duration.ofSeconds(3));
    Instant start = time.instant();

    for (int i = 0; i < 1_000; i++) {
      write(pacer, time, server);
    }

    Duration took = Duration.between(start, time.instant());
    assertThat(server.refused).isLessThanOrEqualTo(5); // only downward probes: 4 in 1,000 writes
    assertThat(took).isLessThanOrEqualTo(Duration.ofSeconds(3).multipliedBy(1_000).multipliedBy(110).dividedBy(100));
    assertThat(pacer.currentWriteInterval()).isBetween(Duration.ofSeconds(3), Duration.ofMillis(3_300));
    assertThat(pacer.currentInterval()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aWriteIntervalShorterThanTheRequestIntervalCountsAsTheRequestInterval() throws InterruptedException {
    FakeTime time = new FakeTime();
    RequestPacer pacer = new RequestPacer(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(2), time, time);
    Instant start = time.instant();
    pacer.awaitTurn("POST");
    pacer.onResponse(201);
    pacer.awaitTurn("POST");

    assertThat(Duration.between(start, time.instant())).isEqualTo(Duration.ofSeconds(2));
    assertThat(pacer.currentWriteInterval()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void a429AtAWriteIntervalAlreadyKnownWidensItBy5Percent() throws InterruptedException {
    FakeTime time = new FakeTime();
    RequestPacer pacer = new RequestPacer(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(10), time, time);
    pacer.awaitTurn("POST");
    pacer.onResponse(201);
    pacer.awaitTurn("POST");
    pacer.onResponse(429); // the server's jitter: a write arriving a little early

    assertThat(pacer.currentWriteInterval()).isEqualTo(Duration.ofMillis(3_150));
    assertThat(pacer.currentInterval()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aFixedPacerKeepsItsWriteInterval() throws InterruptedException {
    FakeTime time = new FakeTime();
    RequestPacer pacer = new RequestPacer(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(2), time, time);
    pacer.awaitTurn("PUT");
    pacer.onResponse(429);
    Instant refused = time.instant();
    pacer.awaitTurn("PUT");

    assertThat(Duration.between(refused, time.instant())).isEqualTo(Duration.ofSeconds(3));
    assertThat(pacer.currentWriteInterval()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void readsKeepTheirIntervalWhileWritesAreLimited() throws InterruptedException {
    FakeTime time = new FakeTime();
    RequestPacer pacer = new RequestPacer(Duration.ofSeconds(2), Duration.ofSeconds(10), time, time);
    WriteLimit server = new WriteLimit(Duration.ofSeconds(3));
    for (int i = 0; i < 5; i++) {
      write(pacer, time, server);
    }
    Instant lastWrite = time.instant();

    pacer.awaitTurn("GET");
    pacer.onResponse(200);
    Instant read = time.instant();
    write(pacer, time, server);

    assertThat(Duration.between(lastWrite, read)).isEqualTo(Duration.ofSeconds(2));
    assertThat(Duration.between(read, time.instant())).isEqualTo(Duration.ofSeconds(2)); // every request 2 s apart
    pacer.awaitTurn();
    pacer.onResponse(429);
    assertThat(pacer.currentInterval()).isEqualTo(Duration.ofSeconds(3));
    assertThat(pacer.currentWriteInterval()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void aLimitThatLoosensIsFoundAgainByRareProbes() throws InterruptedException {
    FakeTime time = new FakeTime();
    RequestPacer pacer = new RequestPacer(Duration.ofSeconds(2), Duration.ofSeconds(10), time, time);
    WriteLimit strict = new WriteLimit(Duration.ofSeconds(5));
    for (int i = 0; i < 100; i++) {
      write(pacer, time, strict);
    }
    assertThat(pacer.currentWriteInterval()).isBetween(Duration.ofSeconds(5), Duration.ofMillis(5_500));
    WriteLimit loose = new WriteLimit(Duration.ofMillis(2_500));
    loose.lastAccepted = strict.lastAccepted;

    for (int i = 0; i < 400; i++) {
      write(pacer, time, loose);
    }

    assertThat(pacer.currentWriteInterval()).isLessThan(Duration.ofMillis(2_800));
    assertThat(strict.refused + loose.refused).isLessThanOrEqualTo(15);
  }

  @Test
  void a429WidensUpToTheCap() throws InterruptedException {
    FakeTime time = new FakeTime();
    RequestPacer pacer = new RequestPacer(Duration.ofSeconds(2), Duration.ofSeconds(10), time, time);

    for (int i = 0; i < 30; i++) {
      pacer.awaitTurn();
      pacer.onResponse(429);
    }

    assertThat(pacer.currentInterval()).isEqualTo(Duration.ofSeconds(10));
    pacer.onResponse(200); // no request of this thread is waiting for an answer: nothing to learn
    assertThat(pacer.currentInterval()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void aFixedPacerDoesNotAdapt() {
    RequestPacer pacer = new RequestPacer(Duration.ofSeconds(2), Duration.ofSeconds(2), new FakeTime(), new FakeTime());
    pacer.onResponse(429);
    assertThat(pacer.currentInterval()).isEqualTo(Duration.ofSeconds(2));
  }
}
