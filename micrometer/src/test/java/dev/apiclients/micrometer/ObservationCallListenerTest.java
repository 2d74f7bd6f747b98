package dev.apiclients.micrometer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.ApiException;
import dev.apiclients.http.NotFoundException;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.Stubs;
import dev.apiclients.libib.LibibClient;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ObservationCallListenerTest {

  private static final String PATRON = "{\"barcode\":\"2020000000013\",\"first_name\":\"Mary\",\"last_name\":\"Shelley\","
      + "\"email\":\"frankenstein@example.com\",\"country\":\"US\"}";

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final FakeTime time = new FakeTime();
  private final TestObservationRegistry registry = TestObservationRegistry.create();
  private final List<String> events = new ArrayList<>();
  private final List<ApiCallContext> stopped = new ArrayList<>();

  ObservationCallListenerTest() {
    registry.observationConfig().observationHandler(new ObservationHandler<>() {
      @Override
      public void onEvent(Observation.Event event, Observation.Context context) {
        events.add(event.getName());
      }

      @Override
      public void onStop(Observation.Context context) {
        stopped.add((ApiCallContext) context);
      }

      @Override
      public boolean supportsContext(Observation.Context context) {
        return context instanceof ApiCallContext;
      }
    });
  }

  private LibibClient.Builder libib() {
    return LibibClient.builder().baseUrl(server.baseUrl()).apiKey("key-1").apiUser("user-1")
        .retryPolicy(RetryPolicy.builder().jitter(0).build()).clock(time).sleeper(time)
        .callListener(ObservationCallListener.create(registry));
  }

  @Test
  void aCallIsOneObservationNamedAfterItsOperationWithLowCardinalityTags() {
    server.stubFor(get(urlPathEqualTo("/patrons/frankenstein%40example.com")).willReturn(okJson(PATRON)));

    libib().build().patrons().getPatronById("frankenstein@example.com");

    TestObservationRegistryAssert.assertThat(registry)
        .hasNumberOfObservationsWithNameEqualTo("apiclients.call", 1)
        .hasObservationWithNameEqualTo("apiclients.call").that()
        .hasContextualNameEqualTo("libib.patrons.get")
        .hasLowCardinalityKeyValue("client", "libib")
        .hasLowCardinalityKeyValue("operation", "libib.patrons.get")
        .hasLowCardinalityKeyValue("method", "GET")
        .hasLowCardinalityKeyValue("uri", "/patrons/{id}")
        .hasLowCardinalityKeyValue("status", "200")
        .hasLowCardinalityKeyValue("outcome", "SUCCESS")
        .hasHighCardinalityKeyValue("attempts", "1")
        .doesNotHaveError()
        .hasBeenStarted()
        .hasBeenStopped();
    assertThat(events).containsExactly("attempt");
  }

  @Test
  void callsOfOneOperationEachCarryTheirOwnStatusAndOutcome() {
    server.stubFor(get(urlPathEqualTo("/patrons/1")).willReturn(okJson(PATRON)));
    server.stubFor(get(urlPathEqualTo("/patrons/2")).willReturn(aResponse().withStatus(404)));
    server.stubFor(get(urlPathEqualTo("/patrons/3")).willReturn(aResponse().withStatus(403)));
    LibibClient client = libib().requestInterval(Duration.ZERO).build();

    for (int i = 0; i < 2; i++) {
      client.patrons().getPatronById("1");
      assertThatThrownBy(() -> client.patrons().getPatronById("2")).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> client.patrons().getPatronById("3")).isInstanceOf(ApiException.class);
    }

    assertThat(stopped).extracting(context -> context.getLowCardinalityKeyValue("status").getValue() + " "
            + context.getLowCardinalityKeyValue("outcome").getValue())
        .containsExactly("200 SUCCESS", "404 ERROR", "403 ERROR", "200 SUCCESS", "404 ERROR", "403 ERROR");
  }

  @Test
  void retriesAnd429sAreEventsAndAFailureIsTheObservationsError() {
    Stubs.sequence(server, () -> get(urlPathEqualTo("/patrons/9")), List.of(
        aResponse().withStatus(429).withHeader("Retry-After", "1"), aResponse().withStatus(503),
        aResponse().withStatus(404)));

    assertThatThrownBy(() -> libib().requestInterval(Duration.ZERO).build().patrons().getPatronById("9"))
        .isInstanceOf(NotFoundException.class);

    TestObservationRegistryAssert.assertThat(registry)
        .hasObservationWithNameEqualTo("apiclients.call").that()
        .hasLowCardinalityKeyValue("status", "404")
        .hasLowCardinalityKeyValue("outcome", "ERROR")
        .hasHighCardinalityKeyValue("attempts", "3")
        .assertThatError().isInstanceOf(NotFoundException.class);
    assertThat(events).containsExactly("attempt", "rate_limited", "retry", "attempt", "retry", "attempt");
  }

  @Test
  void pacingWaitsAreEventsAndTheirTimeIsOnTheContext() {
    server.stubFor(get(urlPathEqualTo("/patrons/1")).willReturn(okJson(PATRON)));
    LibibClient client = libib().build();

    client.patrons().getPatronById("1");
    client.patrons().getPatronById("1");

    assertThat(events).containsExactly("attempt", "pacing", "attempt");
    TestObservationRegistryAssert.assertThat(registry).hasNumberOfObservationsWithNameEqualTo("apiclients.call", 2);
    assertThat(stopped).extracting(ApiCallContext::pacingWaited)
        .containsExactly(Duration.ZERO, Duration.ofSeconds(2));
  }

  @Test
  void theObservationIsCurrentWhileTheRequestHookRuns() {
    server.stubFor(get(urlPathEqualTo("/patrons/1")).willReturn(okJson(PATRON)));
    List<String> current = new ArrayList<>();

    libib().requestHook((call, headers) -> {
      Observation observation = registry.getCurrentObservation();
      current.add(observation == null ? null : observation.getContextView().getContextualName());
    }).build().patrons().getPatronById("1");

    assertThat(current).containsExactly("libib.patrons.get");
    assertThat(registry.getCurrentObservation()).isNull();
  }

  @Test
  void aConventionOfOnesOwnNamesTheObservation() {
    server.stubFor(get(urlPathEqualTo("/patrons/1")).willReturn(okJson(PATRON)));
    ApiCallObservationConvention custom = new DefaultApiCallObservationConvention() {
      @Override
      public String getName() {
        return "library.http";
      }

      @Override
      public KeyValues getLowCardinalityKeyValues(ApiCallContext context) {
        return super.getLowCardinalityKeyValues(context).and("team", "circulation");
      }
    };

    libib().callListener(ObservationCallListener.create(registry, custom)).build().patrons().getPatronById("1");

    TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("library.http").that()
        .hasLowCardinalityKeyValue("team", "circulation").hasLowCardinalityKeyValue("operation", "libib.patrons.get");
  }

  @Test
  void aNoopRegistryObservesNothing() {
    server.stubFor(get(urlPathEqualTo("/patrons/1")).willReturn(okJson(PATRON)));
    ObservationCallListener listener = ObservationCallListener.create(ObservationRegistry.NOOP);

    libib().callListener(listener).build().patrons().getPatronById("1");

    assertThat(listener.callStarted(new dev.apiclients.http.observation.CallInfo("a", "b", "GET", "/")))
        .isSameAs(dev.apiclients.http.observation.CallObserver.NONE);
    assertThat(events).isEmpty();
  }
}
