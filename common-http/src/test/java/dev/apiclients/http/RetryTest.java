package dev.apiclients.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.Stubs;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RetryTest {

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final FakeTime time = new FakeTime();

  private TestApi client() {
    return TestApi.client(server.baseUrl(), time);
  }

  @Test
  void getAnswered503Then503Then200IsSentThreeTimesAndSucceeds() {
    Stubs.sequence(server, () -> get(urlPathEqualTo("/things/1")), List.of(
        aResponse().withStatus(503), aResponse().withStatus(503),
        okJson("{\"id\":\"1\",\"name\":\"one\"}")));

    TestApi.Thing thing = client().get("1");

    assertThat(thing).isEqualTo(new TestApi.Thing("1", "one"));
    server.verify(3, getRequestedFor(urlPathEqualTo("/things/1")));
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void getGivesUpAfterMaxAttemptsWithServerException() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(aResponse().withStatus(500).withBody("boom")));

    assertThatThrownBy(() -> client().get("1"))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("HTTP 500")
        .hasMessageContaining("boom");
    server.verify(4, getRequestedFor(urlPathEqualTo("/things/1")));
  }

  @Test
  void postAnsweredByConnectionResetReachesTheServerExactlyOnce() {
    server.stubFor(post(urlPathEqualTo("/things")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> client().create("a", "pw-123456"))
        .isInstanceOfSatisfying(ApiConnectionException.class, e -> {
          assertThat(e.outcomeUnknown()).isTrue();
          assertThat(e.status()).isEqualTo(-1);
          assertThat(e.getMessage()).contains("outcome is unknown").contains("not re-sent")
              .doesNotContain("pw-123456");
        });
    server.verify(1, postRequestedFor(urlPathEqualTo("/things")));
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void postAnswered503IsNotResent() {
    server.stubFor(post(urlPathEqualTo("/things")).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> client().create("a", "pw-123456")).isInstanceOf(ServerException.class);
    server.verify(1, postRequestedFor(urlPathEqualTo("/things")));
  }

  @Test
  void patchAnsweredByEmptyResponseIsNotResent() {
    server.stubFor(patch(urlPathEqualTo("/things/1")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

    assertThatThrownBy(() -> client().restore("1"))
        .isInstanceOfSatisfying(ApiConnectionException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
    server.verify(1, patchRequestedFor(urlPathEqualTo("/things/1")));
  }

  @Test
  void getAnsweredByResetAndMalformedChunkIsRetried() {
    Stubs.sequence(server, () -> get(urlPathEqualTo("/things/1")), List.of(
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
        okJson("{\"id\":\"1\",\"name\":\"one\"}")));

    assertThat(client().get("1").name()).isEqualTo("one");
    server.verify(3, getRequestedFor(urlPathEqualTo("/things/1")));
  }

  @Test
  void rateLimitedPostWaitsRetryAfterSecondsAndIsResent() {
    Stubs.sequence(server, () -> post(urlPathEqualTo("/things")), List.of(
        aResponse().withStatus(429).withHeader("Retry-After", "2"),
        aResponse().withStatus(200)));

    client().create("a", "pw-123456");

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
    server.verify(2, postRequestedFor(urlPathEqualTo("/things")));
  }

  @Test
  void retryAfterAsHttpDateIsHonoured() {
    String inFiveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        time.instant().plusSeconds(5).atOffset(ZoneOffset.UTC));
    Stubs.sequence(server, () -> get(urlPathEqualTo("/things/1")), List.of(
        aResponse().withStatus(429).withHeader("Retry-After", inFiveSeconds),
        okJson("{\"id\":\"1\",\"name\":\"one\"}")));

    client().get("1");

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void retryAfterLongerThanTheCapFailsAtOnceWithTheWait() {
    server.stubFor(get(urlPathEqualTo("/things/1"))
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

    assertThatThrownBy(() -> client().get("1"))
        .isInstanceOfSatisfying(RateLimitedException.class, e -> {
          assertThat(e.retryAfter()).contains(Duration.ofHours(1));
          assertThat(e.getMessage()).contains("wait 3600 s");
        });
    server.verify(1, getRequestedFor(urlPathEqualTo("/things/1")));
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void rateLimitedUntilAttemptsRunOutGivesRateLimitedException() {
    server.stubFor(get(urlPathEqualTo("/things/1"))
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));

    assertThatThrownBy(() -> client().get("1")).isInstanceOf(RateLimitedException.class);
    server.verify(4, getRequestedFor(urlPathEqualTo("/things/1")));
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void refusedConnectionIsRetriedEvenForPostBecauseNothingWasSent() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    TestApi api = TestApi.client("http://127.0.0.1:" + closedPort, time);

    assertThatThrownBy(() -> api.create("a", "pw-123456"))
        .isInstanceOfSatisfying(ApiConnectionException.class, e -> {
          assertThat(e.outcomeUnknown()).isFalse();
          assertThat(e.getMessage()).contains("could not connect").contains("after 4 attempts")
              .doesNotContain("pw-123456");
        });
    assertThat(time.sleeps()).hasSize(3);
  }

  @Test
  void readTimeoutOnGetIsRetriedButOnPostIsNot() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson("{}").withFixedDelay(5_000)));
    server.stubFor(post(urlPathEqualTo("/things")).willReturn(aResponse().withStatus(200).withFixedDelay(5_000)));
    TestApi api = new FeignClientFactory(TestApi.config(server.baseUrl(), time)
        .readTimeout(Duration.ofSeconds(1))
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).jitter(0).build())
        .build()).create(TestApi.class, TestApi.DECODER);

    assertThatThrownBy(() -> api.get("1"))
        .isInstanceOfSatisfying(ApiConnectionException.class,
            e -> assertThat(e.getMessage()).contains("read timeout").contains("after 2 attempts"));
    assertThatThrownBy(() -> api.create("a", "pw-123456"))
        .isInstanceOfSatisfying(ApiConnectionException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
    server.verify(2, getRequestedFor(urlPathEqualTo("/things/1")));
    server.verify(1, postRequestedFor(urlPathEqualTo("/things")));
  }

  @Test
  void noneSendsEveryCallOnce() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(aResponse().withStatus(503)));
    TestApi api = new FeignClientFactory(TestApi.config(server.baseUrl(), time)
        .retryPolicy(RetryPolicy.none()).build()).create(TestApi.class, TestApi.DECODER);

    assertThatThrownBy(() -> api.get("1")).isInstanceOf(ServerException.class);
    server.verify(1, getRequestedFor(urlPathEqualTo("/things/1")));
  }

  @Test
  void pacingSpacesConsecutiveRequestsOnTheClock() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson("{\"id\":\"1\"}")));
    TestApi api = new FeignClientFactory(TestApi.config(server.baseUrl(), time)
        .requestInterval(Duration.ofSeconds(2)).build()).create(TestApi.class, TestApi.DECODER);
    Instant start = time.instant();

    api.get("1");
    api.get("1");
    time.advance(Duration.ofMillis(500));
    api.get("1");

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofMillis(1500));
    assertThat(time.instant()).isEqualTo(start.plusSeconds(4));
  }
}
