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

  @Test
  void a429WidensTheIntervalByHalfUpToTheCapAndSuccessesNarrowItBack() throws InterruptedException {
    FakeTime time = new FakeTime();
    RequestPacer pacer = new RequestPacer(Duration.ofSeconds(2), Duration.ofSeconds(10), time, time);

    pacer.awaitTurn();
    pacer.onResponse(429);
    assertThat(pacer.currentInterval()).isEqualTo(Duration.ofSeconds(3));
    pacer.awaitTurn();
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    for (int i = 0; i < 5; i++) {
      pacer.onResponse(429);
    }
    assertThat(pacer.currentInterval()).isEqualTo(Duration.ofSeconds(10));

    for (int i = 0; i < 19; i++) {
      pacer.onResponse(200);
    }
    assertThat(pacer.currentInterval()).isEqualTo(Duration.ofSeconds(10));
    pacer.onResponse(200);
    assertThat(pacer.currentInterval()).isLessThan(Duration.ofSeconds(10)).isGreaterThan(Duration.ofSeconds(9));
    for (int i = 0; i < 2_000; i++) {
      pacer.onResponse(204);
    }
    assertThat(pacer.currentInterval()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aFixedPacerDoesNotAdapt() {
    RequestPacer pacer = new RequestPacer(Duration.ofSeconds(2), Duration.ofSeconds(2), new FakeTime(), new FakeTime());
    pacer.onResponse(429);
    assertThat(pacer.currentInterval()).isEqualTo(Duration.ofSeconds(2));
  }
}
