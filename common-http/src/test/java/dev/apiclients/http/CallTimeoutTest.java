package dev.apiclients.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.paging.NextPageStrategy;
import dev.apiclients.http.paging.Page;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.RecordingListener;
import dev.apiclients.http.testing.Stubs;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CallTimeoutTest {

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final FakeTime time = new FakeTime();

  private HttpClientConfig.Builder config() {
    return TestApi.config(server.baseUrl(), time);
  }

  private static TestApi api(FeignClientFactory factory) {
    return factory.create(TestApi.class, TestApi.DECODER);
  }

  @Test
  void retriesStopAtTheDeadlineWithAnExceptionSayingHowFarTheCallGot() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(aResponse().withStatus(503)));
    // Backoff 5 s, 10 s, 20 s: after 3 attempts (15 s waited) the next wait of 20 s would pass 30 s.
    // (Long waits: each attempt then still has seconds of real time left for its answer.)
    TestApi api = api(new FeignClientFactory(config().callTimeout(Duration.ofSeconds(30))
        .retryPolicy(RetryPolicy.builder().maxAttempts(10).initialBackoff(Duration.ofSeconds(5))
            .maxBackoff(Duration.ofSeconds(40)).jitter(0).build()).build()));

    assertThatThrownBy(() -> api.get("1"))
        .isInstanceOfSatisfying(CallTimeoutException.class, e -> {
          assertThat(e.attempts()).isEqualTo(3);
          assertThat(e.lastStatus()).isEqualTo(503);
          assertThat(e.timeout()).isEqualTo(Duration.ofSeconds(30));
          assertThat(e.pacingWaited()).isZero();
          assertThat(e.outcomeUnknown()).isFalse();
          assertThat(e.status()).isEqualTo(-1);
          assertThat(e.getMessage()).isEqualTo("GET " + server.baseUrl() + "/things/1 ran out of its call timeout"
              + " of 30 s: the next retry was 20 s away. It got this far: 3 attempts, last answered HTTP 503,"
              + " 0 s waited for pacing");
        });
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
    server.verify(3, getRequestedFor(urlPathEqualTo("/things/1")));
  }

  @Test
  void aPacingWaitThatWouldPassTheDeadlineFailsAtOnceAndGivesItsSlotBack() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson("{\"id\":\"1\"}")));
    FeignClientFactory plain = new FeignClientFactory(config().requestInterval(Duration.ofSeconds(5)).build());
    TestApi bounded = api(plain.withCallTimeout(Duration.ofSeconds(2)));
    TestApi unbounded = api(plain);

    unbounded.get("1");
    assertThatThrownBy(() -> bounded.get("1"))
        .isInstanceOfSatisfying(CallTimeoutException.class, e -> {
          assertThat(e.attempts()).isZero();
          assertThat(e.getMessage()).contains("ran out of its call timeout of 2 s: its pacing slot was 5 s away."
              + " It got this far: 0 attempts");
        });
    // Nothing was slept for the refused wait, and its slot went back: the next caller waits 5 s, not 10 s.
    assertThat(time.sleeps()).isEmpty();
    unbounded.get("1");
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5));
    server.verify(2, getRequestedFor(urlPathEqualTo("/things/1")));
  }

  @Test
  void theViewSharesPacingWithTheClientAndCountsPacingWaitedWithinTheDeadline() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson("{\"id\":\"1\"}")));
    FeignClientFactory plain = new FeignClientFactory(config().requestInterval(Duration.ofSeconds(2)).build());
    TestApi view = api(plain.withCallTimeout(Duration.ofSeconds(10)));

    api(plain).get("1");
    view.get("1");

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void aListingCountsAsOneCallAcrossItsPages() {
    server.stubFor(get(urlPathEqualTo("/things")).willReturn(okJson("{\"pages\":9,\"total\":9,"
        + "\"things\":[{\"id\":\"x\"}]}")));
    RecordingListener listener = new RecordingListener();
    FeignClientFactory factory = new FeignClientFactory(config().requestInterval(Duration.ofSeconds(20))
        .callListener(listener).callTimeout(Duration.ofSeconds(50)).build());
    TestApi api = api(factory);

    var listing = factory.<TestApi.Thing, Integer>paginator(() -> Page.numbered(api.page(1).things(), 1, 9, 9),
        page -> Page.numbered(api.page(page).things(), page, 9, 9), NextPageStrategy.pageNumbers()).build();

    // Pages at 0 s, 20 s and 40 s; the fourth would start at 60 s, past the listing's 50 s.
    assertThatThrownBy(listing::toList)
        .isInstanceOfSatisfying(CallTimeoutException.class, e -> assertThat(e.getMessage())
            .contains("ran out of its listing's call timeout of 50 s: its pacing slot was 20 s away"));
    server.verify(3, getRequestedFor(urlPathEqualTo("/things")));
    assertThat(listener.results()).hasSize(4);
    assertThat(listener.events()).last().isEqualTo("end ERROR -1 attempts=0 CallTimeoutException");
  }

  @Test
  void aSecondListingGetsItsOwnDeadline() {
    server.stubFor(get(urlPathEqualTo("/things")).willReturn(okJson("{\"pages\":1,\"total\":1,"
        + "\"things\":[{\"id\":\"x\"}]}")));
    FeignClientFactory factory = new FeignClientFactory(config().callTimeout(Duration.ofSeconds(5)).build());
    TestApi api = api(factory);

    for (int i = 0; i < 3; i++) {
      time.advance(Duration.ofSeconds(4));
      assertThat(factory.<TestApi.Thing, Integer>paginator(() -> Page.numbered(api.page(1).things(), 1, 1, 1),
          page -> Page.numbered(api.page(page).things(), page, 1, 1), NextPageStrategy.pageNumbers()).build().toList())
          .hasSize(1);
    }
  }

  @Test
  void anAttemptIsCutOffAtTheDeadlineAndAWriteThenHasAnUnknownOutcome() {
    server.stubFor(post(urlPathEqualTo("/things")).willReturn(aResponse().withStatus(201).withFixedDelay(3_000)));
    // The real clock: the attempt's read timeout is cut from 5 s to what is left of 300 ms.
    TestApi api = api(new FeignClientFactory(config().clock(Clock.systemUTC())
        .callTimeout(Duration.ofMillis(300)).build()));
    long start = System.nanoTime();

    assertThatThrownBy(() -> api.create("Mary", "pw"))
        .isInstanceOfSatisfying(CallTimeoutException.class, e -> {
          assertThat(e.outcomeUnknown()).isTrue();
          assertThat(e.attempts()).isEqualTo(1);
          assertThat(e.getMessage()).contains("the attempt was cut off", "the outcome is unknown")
              .doesNotContain("pw");
        });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    server.verify(1, postRequestedFor(urlPathEqualTo("/things")));
  }

  @Test
  void theTimeoutMustBePositive() {
    assertThatThrownBy(() -> config().callTimeout(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callTimeout");
    FeignClientFactory factory = new FeignClientFactory(config().build());
    assertThatThrownBy(() -> factory.withCallTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callTimeout");
    assertThat(List.of(factory.withCallTimeout(Duration.ofSeconds(1)))).isNotEmpty();
  }
}
