package dev.apiclients.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.observation.CallInfo;
import dev.apiclients.http.observation.CallName;
import dev.apiclients.http.observation.CallObserver;
import dev.apiclients.http.observation.CallOutcome;
import dev.apiclients.http.observation.CallResult;
import dev.apiclients.http.observation.RetryReason;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.RecordingListener;
import dev.apiclients.http.testing.Stubs;
import feign.Param;
import feign.RequestLine;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ObservationTest {

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final FakeTime time = new FakeTime();
  private final RecordingListener listener = new RecordingListener();

  /** An API whose methods name their operations, as the clients' Feign interfaces do. */
  interface NamedApi {
    @CallName("shop.things.get")
    @RequestLine(value = "GET /things/{id}", decodeSlash = false)
    TestApi.Thing get(@Param(value = "id", encoded = true) String id);

    @CallName("shop.things.create")
    @RequestLine("POST /things?name={name}")
    void create(@Param("name") String name);

    @CallName("shop.things.follow")
    @RequestLine("GET")
    TestApi.ThingPage follow(URI link);

    @RequestLine("GET /things?page={page}")
    TestApi.ThingPage page(@Param("page") int page);
  }

  private FeignClientFactory factory(HttpClientConfig.Builder config) {
    return new FeignClientFactory(config.clientName("shop").callListener(listener).build());
  }

  private NamedApi api() {
    return factory(TestApi.config(server.baseUrl(), time)).create(NamedApi.class, TestApi.DECODER);
  }

  @Test
  void aSuccessfulCallIsReportedWithItsOperationAndUrlTemplateNeverTheUrl() {
    server.stubFor(get(urlPathEqualTo("/things/secret-id-42")).willReturn(okJson("{\"id\":\"42\"}")));

    api().get("secret-id-42");

    assertThat(listener.events()).containsExactly(
        "start shop.things.get GET /things/{id}",
        "attempt 1",
        "ended 1 200",
        "end SUCCESS 200 attempts=1");
    CallInfo call = listener.calls().get(0);
    assertThat(call).isEqualTo(new CallInfo("shop", "shop.things.get", "GET", "/things/{id}"));
    assertThat(listener.events()).noneMatch(event -> event.contains("secret-id-42"));
    CallResult result = listener.results().get(0);
    assertThat(result.error()).isNull();
    assertThat(result.duration()).isPositive();
  }

  @Test
  void retriesAndTheirReasonsAreReportedInOrder() {
    Stubs.sequence(server, () -> get(urlPathEqualTo("/things/1")), List.of(
        aResponse().withStatus(503),
        aResponse().withStatus(429).withHeader("Retry-After", "3"),
        okJson("{\"id\":\"1\"}")));

    api().get("1");

    assertThat(listener.events()).containsExactly(
        "start shop.things.get GET /things/{id}",
        "attempt 1",
        "ended 1 503 retry SERVER_ERROR after PT0.5S",
        "attempt 2",
        "ended 2 429 retry RATE_LIMITED after PT3S",
        "attempt 3",
        "ended 3 200",
        "end SUCCESS 200 attempts=3");
    assertThat(listener.attempts().get(1).retryReason()).isEqualTo(RetryReason.RATE_LIMITED);
  }

  @Test
  void aConnectionFailureIsAnAttemptWithoutStatus() throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    NamedApi api = factory(TestApi.config("http://127.0.0.1:" + closedPort, time)
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).jitter(0).build()))
        .create(NamedApi.class, TestApi.DECODER);

    assertThatThrownBy(() -> api.get("1")).isInstanceOf(ApiConnectionException.class);

    assertThat(listener.events()).containsExactly(
        "start shop.things.get GET /things/{id}",
        "attempt 1",
        "ended 1 -1 " + listener.attempts().get(0).failure() + " retry CONNECTION_FAILURE after PT0.5S",
        "attempt 2",
        "ended 2 -1 " + listener.attempts().get(1).failure(),
        "end ERROR -1 attempts=2 ApiConnectionException");
    assertThat(listener.attempts().get(0).failure()).isEqualTo("could not connect (ConnectException)");
  }

  @Test
  void aFailedCallReportsItsErrorTypeAndLastStatus() {
    server.stubFor(get(urlPathEqualTo("/things/9")).willReturn(aResponse().withStatus(404)));

    assertThatThrownBy(() -> api().get("9")).isInstanceOf(NotFoundException.class);

    assertThat(listener.events()).containsExactly(
        "start shop.things.get GET /things/{id}", "attempt 1", "ended 1 404", "end ERROR 404 attempts=1 NotFoundException");
    assertThat(listener.results().get(0).error()).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aWriteCutOffAfterSendingEndsWithOutcomeUnknown() {
    server.stubFor(post(urlPathEqualTo("/things")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> api().create("Mary"))
        .isInstanceOfSatisfying(ApiConnectionException.class, e -> assertThat(e.outcomeUnknown()).isTrue());

    assertThat(listener.calls()).extracting(CallInfo::urlTemplate).containsExactly("/things");
    assertThat(listener.results()).extracting(CallResult::outcome).containsExactly(CallOutcome.OUTCOME_UNKNOWN);
    assertThat(listener.events()).last().isEqualTo("end OUTCOME_UNKNOWN -1 attempts=1 ApiConnectionException");
  }

  @Test
  void aMethodWithoutNameIsNamedAfterClientAndMethodAndItsQueryIsLeftOutOfTheTemplate() {
    server.stubFor(get(urlPathEqualTo("/things")).willReturn(okJson("{\"pages\":1,\"total\":0,\"things\":[]}")));

    api().page(1);

    assertThat(listener.calls()).containsExactly(new CallInfo("shop", "shop.page", "GET", "/things"));
  }

  @Test
  void aUrlHandedToTheClientIsTemplatedByTheClientsTemplater() {
    server.stubFor(get(urlPathEqualTo("/base/things/77/parts"))
        .willReturn(okJson("{\"pages\":1,\"total\":0,\"things\":[]}")));
    NamedApi api = factory(TestApi.config(server.baseUrl() + "/base", time))
        .create(NamedApi.class, TestApi.DECODER, path -> path.replaceAll("/things/[^/]+", "/things/{id}"));

    api.follow(URI.create(server.baseUrl() + "/base/things/77/parts?page=2"));

    assertThat(listener.calls()).containsExactly(
        new CallInfo("shop", "shop.things.follow", "GET", "/things/{id}/parts"));
  }

  @Test
  void pacingWaitsAreReportedBeforeTheAttempt() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson("{\"id\":\"1\"}")));
    NamedApi api = factory(TestApi.config(server.baseUrl(), time).requestInterval(Duration.ofSeconds(2)))
        .create(NamedApi.class, TestApi.DECODER);

    api.get("1");
    api.get("1");

    assertThat(listener.events()).containsExactly(
        "start shop.things.get GET /things/{id}", "attempt 1", "ended 1 200", "end SUCCESS 200 attempts=1",
        "start shop.things.get GET /things/{id}", "pacing PT2S", "attempt 1", "ended 1 200",
        "end SUCCESS 200 attempts=1");
    assertThat(listener.results().get(1).pacingWaited()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aListenerThatThrowsDoesNotBreakTheCall() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson("{\"id\":\"1\"}")));
    AtomicInteger ended = new AtomicInteger();
    NamedApi api = new FeignClientFactory(TestApi.config(server.baseUrl(), time).callListener(call -> new CallObserver() {
      @Override
      public void attemptEnded(dev.apiclients.http.observation.AttemptResult attempt) {
        throw new IllegalStateException("listener bug");
      }

      @Override
      public void callEnded(CallResult result) {
        ended.incrementAndGet();
      }
    }).build()).create(NamedApi.class, TestApi.DECODER);

    assertThat(api.get("1").id()).isEqualTo("1");
    assertThat(ended).hasValue(1);
  }

  @Test
  void withoutAListenerNothingIsReported() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson("{\"id\":\"1\"}")));
    NamedApi observed = api();
    NamedApi plain = new FeignClientFactory(TestApi.config(server.baseUrl(), time).build())
        .create(NamedApi.class, TestApi.DECODER);

    plain.get("1");
    plain.get("1");

    assertThat(listener.events()).isEmpty();
    observed.get("1");
    assertThat(listener.events()).hasSize(4);
  }
}
