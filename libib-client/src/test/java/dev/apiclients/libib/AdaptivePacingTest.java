package dev.apiclients.libib;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.apiclients.http.testing.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Libib was seen to answer 429 to an update sent 2 s after a create, while 3 s between writes
 * passed. The client's pacing must get 100 creates through such a server without an error, each
 * reaching it exactly once successfully, within 1.10x the time 3 s a write allows: writes start at
 * that 3 s, so the only 429 is the first downward probe after 50 successes; reads keep Libib's
 * documented 2 s.
 */
class AdaptivePacingTest {

  private final FakeTime time = new FakeTime();
  private static final ThreeSecondsBetweenWrites LIBIB = new ThreeSecondsBetweenWrites();

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(WireMockConfiguration.wireMockConfig().dynamicPort().extensions(LIBIB))
      .failOnUnmatchedRequests(true)
      .build();

  @BeforeEach
  void freshServer() {
    LIBIB.reset(time);
  }

  @Test
  @Timeout(180) // a hundred loopback exchanges: seconds on a quiet machine, more on a busy one
  void aHundredCreatesAgainstAThreeSecondWriteLimitAllSucceedOnceInTime() {
    server.stubFor(post(urlPathEqualTo("/patrons")).willReturn(aResponse().withTransformers(ThreeSecondsBetweenWrites.NAME)));
    LibibClient libib = LibibTestSupport.client(server, time);
    Instant start = time.instant();
    List<String> barcodes = new ArrayList<>();

    for (int i = 1; i <= 100; i++) {
      barcodes.add(libib.patrons().createPatron(
          PatronFields.builder().firstName("P" + i).lastName("Roster").build()).barcode());
    }

    Duration took = Duration.between(start, time.instant());
    assertThat(LIBIB.accepted).hasSize(100).doesNotHaveDuplicates();
    assertThat(LIBIB.accepted).containsExactlyElementsOf(
        java.util.stream.IntStream.rangeClosed(1, 100).mapToObj(i -> "P" + i).toList());
    assertThat(barcodes).doesNotHaveDuplicates().doesNotContainNull();
    assertThat(took).isLessThanOrEqualTo(Duration.ofSeconds(3).multipliedBy(100).multipliedBy(110).dividedBy(100));
    assertThat(LIBIB.rejected).isLessThanOrEqualTo(1);
    assertThat(libib.currentWriteInterval()).isBetween(Duration.ofSeconds(3), Duration.ofMillis(3_300));
    assertThat(libib.currentRequestInterval()).isEqualTo(LibibClient.DEFAULT_REQUEST_INTERVAL);
  }

  @Test
  @Timeout(60)
  void theFirstWritesAre3sApartAndReads2sWithNo429() {
    server.stubFor(post(urlPathEqualTo("/patrons")).willReturn(aResponse().withTransformers(ThreeSecondsBetweenWrites.NAME)));
    server.stubFor(get(urlPathEqualTo("/patrons/2020000000001")).willReturn(okJson(LibibTestSupport.patronJson(1))));
    LibibClient libib = LibibTestSupport.client(server, time);
    List<Instant> writes = new ArrayList<>();
    List<Instant> reads = new ArrayList<>();

    for (int i = 1; i <= 10; i++) {
      libib.patrons().createPatron(PatronFields.builder().firstName("P" + i).lastName("Roster").build());
      writes.add(time.instant());
      if (i % 5 == 0) {
        libib.patrons().getPatronById("2020000000001");
        reads.add(time.instant());
        libib.patrons().getPatronById("2020000000001");
        reads.add(time.instant());
      }
    }

    assertThat(LIBIB.rejected).isZero();
    assertThat(LIBIB.accepted).hasSize(10);
    for (int i = 1; i < writes.size(); i++) {
      assertThat(Duration.between(writes.get(i - 1), writes.get(i)))
          .isEqualTo(i == 5 ? Duration.ofSeconds(6) : LibibClient.DEFAULT_WRITE_INTERVAL); // 2 reads 2 s apart between
    }
    assertThat(Duration.between(writes.get(4), reads.get(0))).isEqualTo(LibibClient.DEFAULT_REQUEST_INTERVAL);
    assertThat(Duration.between(reads.get(0), reads.get(1))).isEqualTo(LibibClient.DEFAULT_REQUEST_INTERVAL);
    assertThat(libib.currentWriteInterval()).isEqualTo(LibibClient.DEFAULT_WRITE_INTERVAL);
    assertThat(libib.currentRequestInterval()).isEqualTo(LibibClient.DEFAULT_REQUEST_INTERVAL);
  }

  @Test
  void theWriteIntervalFollowsARequestIntervalSetOtherwise() {
    assertThat(writeInterval(b -> b)).isEqualTo(Duration.ofSeconds(3));
    assertThat(writeInterval(b -> b.requestInterval(Duration.ofMillis(20)))).isEqualTo(Duration.ofMillis(30));
    assertThat(writeInterval(b -> b.requestInterval(Duration.ofMillis(2_500)))).isEqualTo(Duration.ofSeconds(3));
    assertThat(writeInterval(b -> b.requestInterval(Duration.ofSeconds(5)))).isEqualTo(Duration.ofSeconds(5));
    assertThat(writeInterval(b -> b.writeInterval(Duration.ofSeconds(4)))).isEqualTo(Duration.ofSeconds(4));
    assertThat(writeInterval(b -> b.writeInterval(Duration.ofSeconds(2)))).isEqualTo(Duration.ofSeconds(2));
    assertThatThrownBy(() -> LibibTestSupport.builder(server, time).writeInterval(Duration.ofSeconds(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("writeInterval (PT1S) must not be shorter than requestInterval (PT2S)");
  }

  @Test
  void aZeroRequestIntervalLeavesWritesUnpacedToo() {
    server.stubFor(post(urlPathEqualTo("/patrons")).willReturn(okJson(LibibTestSupport.patronJson(1))));
    LibibClient libib = LibibTestSupport.builder(server, time).requestInterval(Duration.ZERO)
        .writeInterval(Duration.ofSeconds(3)).build();
    Instant start = time.instant();

    for (int i = 0; i < 3; i++) {
      libib.patrons().createPatron(PatronFields.builder().firstName("P").lastName("Roster").build());
    }

    assertThat(time.instant()).isEqualTo(start);
  }

  private Duration writeInterval(java.util.function.UnaryOperator<LibibClient.Builder> options) {
    try (LibibClient libib = options.apply(LibibTestSupport.builder(server, time)).build()) {
      return libib.currentWriteInterval();
    }
  }

  /** Accepts a write only 3 s or more after the last accepted one, on the test's fake clock. */
  static final class ThreeSecondsBetweenWrites implements ResponseDefinitionTransformerV2 {
    static final String NAME = "three-seconds-between-writes";
    final List<String> accepted = new ArrayList<>();
    int rejected;
    private Instant lastAccepted;
    private FakeTime time;

    /** Forgets what it accepted; from now on it reads {@code time}, the running test's clock. */
    synchronized void reset(FakeTime time) {
      this.time = time;
      accepted.clear();
      rejected = 0;
      lastAccepted = null;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
      Instant now = time.instant();
      if (lastAccepted != null && Duration.between(lastAccepted, now).compareTo(Duration.ofSeconds(3)) < 0) {
        rejected++;
        return new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder().withStatus(429)
            .withBody("{\"error\":\"Too many requests\"}").build();
      }
      lastAccepted = now;
      String name = event.getRequest().queryParameter("first_name").firstValue();
      accepted.add(name);
      return ResponseDefinition.okForJson(java.util.Map.of("barcode", String.format("2020%09d", accepted.size()),
          "first_name", name, "last_name", "Roster", "email", ""));
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public String getName() {
      return NAME;
    }
  }
}
