package dev.apiclients.activeplatform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.apiclients.activeplatform.ManagersTest.jsonApi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.ApiConnectionException;
import dev.apiclients.http.ApiError;
import dev.apiclients.http.NotFoundException;
import dev.apiclients.http.RateLimitedException;
import dev.apiclients.http.ResponseDecodingException;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.http.ServerException;
import dev.apiclients.http.UnauthorizedException;
import dev.apiclients.http.UntrustedLinkException;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.Stubs;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every read operation: its exact request, paging by links.next, and its errors. */
class ResourceEndpointsTest {

  static final String TOKEN = "vY5fwetestK3gJXZH5uHCw";
  static final String JSON_API = "application/vnd.api+json";

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  @RegisterExtension
  static WireMockExtension elsewhere = Stubs.newServer();

  private final FakeTime time = new FakeTime();

  private ActivePlatformClient.Builder builder() {
    return ActivePlatformClient.builder().baseUrl(server.baseUrl()).apiToken(TOKEN)
        .retryPolicy(RetryPolicy.builder().jitter(0).build()).clock(time).sleeper(time);
  }

  private final ActivePlatformClient ap = builder().build();

  static Stream<Endpoint> listings() {
    return Stream.concat(Endpoint.listings().stream(), Endpoint.streams().stream());
  }

  static Stream<Endpoint> reads() {
    return Endpoint.reads().stream();
  }

  static Stream<Endpoint> all() {
    return Endpoint.all().stream();
  }

  /** A page of bare resources with the given ids and next link. */
  static String page(String type, List<Integer> ids, String next) {
    return "{\"data\":[" + ids.stream().map(id -> resource(type, id)).collect(Collectors.joining(","))
        + "],\"links\":{\"next\":" + (next == null ? "null" : "\"" + next + "\"") + "}}";
  }

  static String resource(String type, int id) {
    return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"attributes\":{\"created_at\":\"2021-01-05T05:28:48.804+03:00\"}}";
  }

  private static List<String> ids(List<?> records) {
    return records.stream().map(r -> r.toString().replaceAll("^\\w+\\[id=(\\d+).*$", "$1")).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listings")
  void aListingSendsTheDocumentedRequestThenWalksEveryNextLink(Endpoint endpoint) {
    String first = endpoint.path() + "?page%5Bsize%5D=50&page%5Bnumber%5D=1";
    String second = endpoint.path() + "?page%5Bnumber%5D=2&page%5Bsize%5D=50";
    String third = endpoint.path() + "?page%5Bnumber%5D=3&page%5Bsize%5D=50";
    server.stubFor(get(urlEqualTo(first)).willReturn(jsonApi(page("x", List.of(1, 2), server.baseUrl() + second))));
    server.stubFor(get(urlEqualTo(second)).willReturn(jsonApi(page("x", List.of(3, 4), third))));
    server.stubFor(get(urlEqualTo(third)).willReturn(jsonApi(page("x", List.of(5), null))));

    List<?> items = (List<?>) endpoint.call().apply(ap);

    assertThat(ids(items)).containsExactly("1", "2", "3", "4", "5");
    for (String url : List.of(first, second, third)) {
      server.verify(1, getRequestedFor(urlEqualTo(url))
          .withHeader("X-Api-Token", equalTo(TOKEN))
          .withHeader("Accept", equalTo(JSON_API))
          .withHeader("Content-Type", equalTo(JSON_API)));
    }
    server.verify(3, anyRequestedFor(anyUrl()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listings")
  void aListingRefusesANextLinkToAnotherOrigin(Endpoint endpoint) {
    elsewhere.stubFor(get(anyUrl()).willReturn(jsonApi(page("x", List.of(3), null))));
    server.stubFor(get(urlPathEqualTo(endpoint.path()))
        .willReturn(jsonApi(page("x", List.of(1), elsewhere.baseUrl() + endpoint.path() + "?page%5Bnumber%5D=2"))));

    assertThatThrownBy(() -> endpoint.call().apply(ap)).isInstanceOf(UntrustedLinkException.class);
    assertThat(elsewhere.getAllServeEvents()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reads")
  void aReadSendsTheDocumentedRequest(Endpoint endpoint) {
    server.stubFor(get(urlEqualTo(endpoint.path())).willReturn(jsonApi(
        "{\"data\":" + resource("x", 7) + "}")));

    Object item = endpoint.call().apply(ap);

    assertThat(ids(List.of(item))).containsExactly("7");
    server.verify(1, getRequestedFor(urlEqualTo(endpoint.path()))
        .withHeader("X-Api-Token", equalTo(TOKEN))
        .withHeader("Accept", equalTo(JSON_API))
        .withHeader("Content-Type", equalTo(JSON_API)));
    server.verify(1, anyRequestedFor(anyUrl()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void errorsGiveTheSameTypedExceptionsAsForManagers(Endpoint endpoint) {
    String path = endpoint.path();
    server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(404).withHeader("Content-Type", JSON_API)
        .withBody("{\"errors\":[{\"status\":\"404\",\"title\":\"Not found\",\"detail\":\"Record not found\"}]}")));
    assertThatThrownBy(() -> endpoint.call().apply(ap)).isInstanceOfSatisfying(NotFoundException.class,
        e -> assertThat(e.errors()).containsExactly(new ApiError("404", null, "Not found", "Record not found", null)));

    server.resetAll();
    server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(401)
        .withBody("{\"errors\":[{\"title\":\"Unauthorized\"}]}")));
    assertThatThrownBy(() -> endpoint.call().apply(ap)).isInstanceOfSatisfying(UnauthorizedException.class,
        e -> assertThat(e.getMessage()).contains("X-Api-Token").doesNotContain(TOKEN));

    server.resetAll();
    server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(500).withBody("<h1>oops</h1>")));
    assertThatThrownBy(() -> endpoint.call().apply(ap)).isInstanceOf(ServerException.class).hasMessageContaining("oops");
    server.verify(4, anyRequestedFor(anyUrl()));

    server.resetAll();
    server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));
    assertThatThrownBy(() -> endpoint.call().apply(ap)).isInstanceOfSatisfying(RateLimitedException.class,
        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
    assertThat(time.sleeps()).contains(Duration.ofSeconds(7));

    for (String body : List.of("{\"data\": [", "<html>502</html>", "", "{\"errors\":[{\"title\":\"x\"}]}",
        endpoint.listing() ? "{\"data\":" + resource("x", 1) + "}" : "{\"data\":[" + resource("x", 1) + "]}",
        "{\"data\":" + (endpoint.listing() ? "[" : "") + "{\"id\":\"1\",\"type\":\"x\",\"attributes\":{\"created_at\":\"yesterday\"}}"
            + (endpoint.listing() ? "]" : "") + "}")) {
      server.resetAll();
      server.stubFor(get(urlPathEqualTo(path)).willReturn(jsonApi(body)));
      assertThatThrownBy(() -> endpoint.call().apply(ap)).as(body).isInstanceOf(ResponseDecodingException.class)
          .satisfies(e -> assertThat(e.getCause()).isNull());
    }

    server.resetAll();
    server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    ActivePlatformClient once = builder().retryPolicy(RetryPolicy.none()).build();
    assertThatThrownBy(() -> endpoint.call().apply(once)).isInstanceOf(ApiConnectionException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void aReadTimeoutIsRetriedThenReportedAsAConnectionFailure(Endpoint endpoint) throws IOException, InterruptedException {
    try (SilentServer silent = new SilentServer()) {
      ActivePlatformClient impatient = ActivePlatformClient.builder().baseUrl(silent.baseUrl()).apiToken(TOKEN)
          .clock(time).sleeper(time).readTimeout(Duration.ofSeconds(1))
          .retryPolicy(RetryPolicy.builder().maxAttempts(2).jitter(0).build()).build();

      assertThatThrownBy(() -> endpoint.call().apply(impatient)).isInstanceOfSatisfying(ApiConnectionException.class,
          e -> assertThat(e.getMessage()).contains("read timeout").contains("after 2 attempts").doesNotContain(TOKEN));
      assertThat(silent.requestLines(2)).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("GET " + endpoint.path()));
    }
  }
}
