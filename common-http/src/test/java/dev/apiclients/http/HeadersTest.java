package dev.apiclients.http;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.apiclients.http.observation.CallInfo;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.Stubs;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HeadersTest {

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final FakeTime time = new FakeTime();

  @Headers("Accept: application/vnd.api+json")
  interface MediaTypeApi {
    @RequestLine(value = "GET /things/{id}", decodeSlash = false)
    TestApi.Thing get(@Param(value = "id", encoded = true) String id);
  }

  private HttpClientConfig.Builder config() {
    return TestApi.config(server.baseUrl(), time)
        .credentials(CredentialHeaders.of(Map.of("x-api-key", "KEY-s3cr3t-123")));
  }

  @Test
  void defaultHeadersHookHeadersAndTheUserAgentAreSentExactly() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson("{\"id\":\"1\"}")));
    AtomicInteger correlation = new AtomicInteger();
    List<CallInfo> seen = new ArrayList<>();
    MediaTypeApi api = new FeignClientFactory(config()
        .userAgent("inventory-sync/2.1")
        .defaultHeader("X-Tenant", "north")
        .defaultHeader("Accept", "text/plain")
        .requestHook((call, headers) -> {
          seen.add(call);
          headers.set("X-Correlation-Id", "c-" + correlation.incrementAndGet());
          headers.set("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        })
        .clientName("things")
        .build()).create(MediaTypeApi.class, TestApi.DECODER);

    api.get("1");
    api.get("1");

    List<LoggedRequest> requests = server.findAll(getRequestedFor(urlPathEqualTo("/things/1")));
    assertThat(requests).hasSize(2);
    for (int i = 0; i < 2; i++) {
      LoggedRequest request = requests.get(i);
      assertThat(request.getHeader("User-Agent")).isEqualTo("dev.apiclients-java/0.1.0 inventory-sync/2.1");
      assertThat(request.getHeader("X-Tenant")).isEqualTo("north");
      // A default header never replaces one the API's own request sets.
      assertThat(request.getHeader("Accept")).isEqualTo("application/vnd.api+json");
      assertThat(request.getHeader("x-api-key")).isEqualTo("KEY-s3cr3t-123");
      assertThat(request.getHeader("X-Correlation-Id")).isEqualTo("c-" + (i + 1));
      assertThat(request.getHeader("traceparent")).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    }
    assertThat(seen).containsOnly(new CallInfo("things", "things.get", "GET", "/things/{id}"));
  }

  @Test
  void theHookIsRunOncePerCallAndRetriesReSendTheSameHeaders() {
    Stubs.sequence(server, () -> get(urlPathEqualTo("/things/1")), List.of(aResponse().withStatus(503),
        okJson("{\"id\":\"1\"}")));
    AtomicInteger runs = new AtomicInteger();
    TestApi api = new FeignClientFactory(config()
        .requestHook((call, headers) -> headers.set("X-Run", String.valueOf(runs.incrementAndGet())))
        .build()).create(TestApi.class, TestApi.DECODER);

    api.get("1");

    assertThat(runs).hasValue(1);
    server.verify(2, getRequestedFor(urlPathEqualTo("/things/1")).withHeader("X-Run", equalTo("1")));
  }

  @Test
  void theHookCannotSetCredentialOrReservedHeadersAndNothingIsSent() {
    for (String name : List.of("x-api-key", "X-API-KEY", "User-Agent", "Host", "Authorization", "Content-Length")) {
      TestApi api = new FeignClientFactory(config()
          .requestHook((call, headers) -> headers.set(name, "forged"))
          .build()).create(TestApi.class, TestApi.DECODER);

      assertThatThrownBy(() -> api.get("1")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("requestHook cannot set").hasMessageNotContaining("KEY-s3cr3t");
    }
    TestApi splitting = new FeignClientFactory(config()
        .requestHook((call, headers) -> headers.set("X-Id", "a\r\nX-Evil: 1"))
        .build()).create(TestApi.class, TestApi.DECODER);
    assertThatThrownBy(() -> splitting.get("1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("single-line");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void aHookMayRemoveADefaultHeader() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson("{\"id\":\"1\"}")));
    TestApi api = new FeignClientFactory(config().defaultHeader("X-Tenant", "north")
        .requestHook((call, headers) -> headers.set("X-Tenant", null))
        .build()).create(TestApi.class, TestApi.DECODER);

    api.get("1");

    server.verify(getRequestedFor(urlPathEqualTo("/things/1")).withHeader("X-Tenant", absent()));
  }

  @Test
  void defaultHeadersAreCheckedWhenSetAndAgainstTheCredentials() {
    assertThatThrownBy(() -> config().defaultHeader("x-api-key", "other").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("defaultHeader cannot set the credential header x-api-key");
    assertThatThrownBy(() -> config().defaultHeader("User-Agent", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use userAgent(...)");
    assertThatThrownBy(() -> config().defaultHeader("X-Bad", "a\nb"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("single-line");
    assertThatThrownBy(() -> config().defaultHeader("Bad Name", "a"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("valid header name");
    assertThatThrownBy(() -> config().userAgent(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userAgent");
  }

  @Test
  void theUserAgentIsTheLibrarysOwnUnlessATokenIsAdded() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson("{\"id\":\"1\"}")));

    TestApi.client(server.baseUrl(), time).get("1");

    server.verify(getRequestedFor(urlPathEqualTo("/things/1"))
        .withHeader("User-Agent", equalTo(HttpClientConfig.DEFAULT_USER_AGENT)));
  }

  @Test
  void theNamedRequestIdHeaderIsReportedInErrors() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(aResponse().withStatus(404)
        .withHeader("X-Trace-Id", "req-7731")));
    TestApi api = new FeignClientFactory(config().requestIdHeader("X-Trace-Id").build())
        .create(TestApi.class, TestApi.DECODER);

    assertThatThrownBy(() -> api.get("1")).isInstanceOfSatisfying(NotFoundException.class, e -> {
      assertThat(e.requestId()).contains("req-7731");
      assertThat(e.getMessage()).contains("req-7731");
    });
  }

  @Headers({"Accept: application/json", "X-Api-Version: 3", "X-Tenant: {tenant}"})
  interface DeclaredHeadersApi {
    @RequestLine(value = "GET /things/{id}", decodeSlash = false)
    TestApi.Thing get(@Param(value = "id", encoded = true) String id, @Param("tenant") String tenant);

    @RequestLine(value = "GET /raw/{id}", decodeSlash = false)
    @Headers("Accept: text/csv")
    TestApi.Thing csv(@Param(value = "id", encoded = true) String id, @Param("tenant") String tenant);
  }

  @Test
  void anInterfacesHeadersAreSentExactlyAsDeclaredWhetherOrNotTheTransportSetsThem() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson("{\"id\":\"1\"}")));
    server.stubFor(get(urlPathEqualTo("/raw/1")).willReturn(okJson("{\"id\":\"1\"}")));
    // Without default headers or a hook the transport sets the literal ones; with them, the interceptor does.
    List<DeclaredHeadersApi> clients = List.of(
        new FeignClientFactory(config().build()).create(DeclaredHeadersApi.class, TestApi.DECODER),
        new FeignClientFactory(config().defaultHeader("X-Other", "1").build())
            .create(DeclaredHeadersApi.class, TestApi.DECODER));

    for (DeclaredHeadersApi api : clients) {
      server.resetRequests();
      api.get("1", "north");
      api.csv("1", "south");

      LoggedRequest thing = server.findAll(getRequestedFor(urlPathEqualTo("/things/1"))).get(0);
      assertThat(thing.getHeaders().getHeader("Accept").values()).containsExactly("application/json");
      assertThat(thing.getHeaders().getHeader("X-Api-Version").values()).containsExactly("3");
      assertThat(thing.getHeader("X-Tenant")).isEqualTo("north");
      assertThat(thing.getHeader("x-api-key")).isEqualTo("KEY-s3cr3t-123");
      // A method that declares its own Accept sends both, joined as Feign joins them: a class-level
      // header is left to Feign when any method differs.
      LoggedRequest raw = server.findAll(getRequestedFor(urlPathEqualTo("/raw/1"))).get(0);
      assertThat(raw.getHeaders().getHeader("Accept").values()).containsExactly("application/json, text/csv");
      assertThat(raw.getHeaders().getHeader("X-Api-Version").values()).containsExactly("3");
      assertThat(raw.getHeader("X-Tenant")).isEqualTo("south");
    }
  }

  @Test
  void aHookMayReplaceAnInterfaceHeader() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson("{\"id\":\"1\"}")));
    MediaTypeApi api = new FeignClientFactory(config()
        .requestHook((call, headers) -> headers.set("Accept", "application/json"))
        .build()).create(MediaTypeApi.class, TestApi.DECODER);

    api.get("1");

    LoggedRequest request = server.findAll(getRequestedFor(urlPathEqualTo("/things/1"))).get(0);
    assertThat(request.getHeaders().getHeader("Accept").values()).containsExactly("application/json");
  }
}
