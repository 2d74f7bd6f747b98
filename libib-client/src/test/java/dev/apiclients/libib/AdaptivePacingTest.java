package dev.apiclients.libib;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

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
 * passed. The client's adaptive pacing must get 100 creates through such a server without an
 * error, each reaching it exactly once successfully, within 1.10x the time 3 s a write allows and
 * with at most 3 429s, while reads keep Libib's documented 2 s.
 */
class AdaptivePacingTest {

  private static final FakeTime TIME = new FakeTime();
  private static final ThreeSecondsBetweenWrites LIBIB = new ThreeSecondsBetweenWrites();

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(WireMockConfiguration.wireMockConfig().dynamicPort().extensions(LIBIB))
      .failOnUnmatchedRequests(true)
      .build();

  @BeforeEach
  void freshServer() {
    LIBIB.clear();
  }

  @Test
  @Timeout(180) // a hundred loopback exchanges: seconds on a quiet machine, more on a busy one
  void aHundredCreatesAgainstAThreeSecondWriteLimitAllSucceedOnceInTime() {
    server.stubFor(post(urlPathEqualTo("/patrons")).willReturn(aResponse().withTransformers(ThreeSecondsBetweenWrites.NAME)));
    LibibClient libib = LibibTestSupport.client(server, TIME);
    Instant start = TIME.instant();
    List<String> barcodes = new ArrayList<>();

    for (int i = 1; i <= 100; i++) {
      barcodes.add(libib.patrons().createPatron(
          PatronFields.builder().firstName("P" + i).lastName("Roster").build()).barcode());
    }

    Duration took = Duration.between(start, TIME.instant());
    assertThat(LIBIB.accepted).hasSize(100).doesNotHaveDuplicates();
    assertThat(LIBIB.accepted).containsExactlyElementsOf(
        java.util.stream.IntStream.rangeClosed(1, 100).mapToObj(i -> "P" + i).toList());
    assertThat(barcodes).doesNotHaveDuplicates().doesNotContainNull();
    assertThat(took).isLessThanOrEqualTo(Duration.ofSeconds(3).multipliedBy(100).multipliedBy(110).dividedBy(100));
    assertThat(LIBIB.rejected).isPositive().isLessThanOrEqualTo(3);
    assertThat(libib.currentWriteInterval()).isBetween(Duration.ofSeconds(3), Duration.ofMillis(3_300));
    assertThat(libib.currentRequestInterval()).isEqualTo(LibibClient.DEFAULT_REQUEST_INTERVAL);
  }

  /** Accepts a write only 3 s or more after the last accepted one, on the test's fake clock. */
  static final class ThreeSecondsBetweenWrites implements ResponseDefinitionTransformerV2 {
    static final String NAME = "three-seconds-between-writes";
    final List<String> accepted = new ArrayList<>();
    int rejected;
    private Instant lastAccepted;

    synchronized void clear() {
      accepted.clear();
      rejected = 0;
      lastAccepted = null;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
      Instant now = TIME.instant();
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
