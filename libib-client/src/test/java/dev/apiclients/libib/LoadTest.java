package dev.apiclients.libib;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.testing.RecordingHttpClient;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Eight threads share one client: every call succeeds and Libib's pacing holds across threads. */
class LoadTest {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().containerThreads(16))
      .failOnUnmatchedRequests(true)
      .build();

  @Test
  void eightThreadsMakeOneThousandCallsWithNoFailureAndEveryTwoStartsAtLeastTheIntervalApart() throws Exception {
    server.stubFor(get(urlPathMatching("/patrons/.*")).willReturn(okJson(LibibTestSupport.patronJson(7))));
    VirtualTime time = new VirtualTime();
    RecordingHttpClient transport = new RecordingHttpClient(time);
    LibibClient libib = LibibTestSupport.builder(server, null).clock(time).sleeper(time)
        .transport(transport).requestInterval(LibibTestSupport.INTERVAL).build();
    AtomicInteger succeeded = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        for (int i = 0; i < 125; i++) {
          Patron patron = libib.patrons().getPatronById("p" + thread + "-" + i);
          assertThat(patron.firstName()).isEqualTo("First7");
          succeeded.incrementAndGet();
        }
        return null;
      }));
    }
    for (Future<?> future : futures) {
      future.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(succeeded).hasValue(1_000);
    server.verify(1_000, getRequestedFor(urlPathMatching("/patrons/.*")));
    List<Instant> starts = new ArrayList<>(transport.starts());
    Collections.sort(starts);
    assertThat(starts).hasSize(1_000);
    for (int i = 1; i < starts.size(); i++) {
      assertThat(Duration.between(starts.get(i - 1), starts.get(i))).isGreaterThanOrEqualTo(LibibTestSupport.INTERVAL);
    }
  }
}
