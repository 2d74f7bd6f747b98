package dev.apiclients.activeplatform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.ApiError;
import dev.apiclients.http.LogLevel;
import dev.apiclients.http.NotFoundException;
import dev.apiclients.http.PaginationException;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.http.ResponseDecodingException;
import dev.apiclients.http.ServerException;
import dev.apiclients.http.UnauthorizedException;
import dev.apiclients.http.UnprocessableEntityException;
import dev.apiclients.http.UntrustedLinkException;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.LogCapture;
import dev.apiclients.http.testing.Stubs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ManagersTest {

  private static final String TOKEN = "vY5fwetestK3gJXZH5uHCw";
  private static final String PATH = "/api/v3/resellers/1/managers";
  private static final String JSON_API = "application/vnd.api+json";

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

  static String fixture(String name) {
    try (InputStream in = ManagersTest.class.getResourceAsStream("/fixtures/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A page of managers with the given ids, shaped like the document's example. */
  static String page(List<Integer> ids, String next) {
    String data = ids.stream().map(id -> fixture("manager-template.json").replace("{{id}}", String.valueOf(id)))
        .collect(Collectors.joining(","));
    return "{\"data\":[" + data + "],\"links\":{\"self\":\"x\",\"next\":" + (next == null ? "null" : "\"" + next + "\"") + "}}";
  }

  static ResponseDefinitionBuilder jsonApi(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", JSON_API).withBody(body);
  }

  private static List<Integer> ids(int from, int to) {
    return IntStream.rangeClosed(from, to).boxed().toList();
  }

  private String link(int number, int size) {
    return server.baseUrl() + PATH + "?page%5Bnumber%5D=" + number + "&page%5Bsize%5D=" + size;
  }

  @Test
  void getManagersPageSendsTheDocumentedRequestAndDecodesEveryAttribute() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(jsonApi(fixture("managers-example.json"))));

    ManagerPage page = ap.managers().getManagersPage(1, 2, 48);

    assertThat(page.managers()).containsExactly(
        new Manager("431", 1L, "Brendon Leannon", ManagerStatus.ACTIVE, "carter81@example.net", "admin",
            new ManagerRole(null, null), "+375280000000", "/images/manager/431/manager.png", "", true,
            Map.of("manager_1c_identifier", ""),
            OffsetDateTime.of(2021, 1, 5, 5, 28, 48, 804_000_000, ZoneOffset.ofHours(3)),
            OffsetDateTime.of(2021, 1, 5, 6, 23, 10, 815_000_000, ZoneOffset.ofHours(3))),
        new Manager("432", 1L, "Trycia Corwin", ManagerStatus.ACTIVE, "tryciacorwin71@example.net", "sales",
            new ManagerRole(1L, "Access Level 1"), "+375270000000", "/images/manager/432/432.jpg", "", true,
            Map.of("manager_1c_identifier", "20"),
            OffsetDateTime.of(2021, 1, 8, 21, 33, 32, 789_000_000, ZoneOffset.ofHours(3)),
            OffsetDateTime.of(2021, 1, 8, 21, 34, 29, 5_000_000, ZoneOffset.ofHours(3))));
    String base = "https://test.activeplatform.com" + PATH;
    assertThat(page.links()).isEqualTo(new PageLinks(
        Optional.of(URI.create(base + "?page%5Bnumber%5D=48&page%5Bsize%5D=2")),
        Optional.of(URI.create(base + "?page%5Bnumber%5D=1&page%5Bsize%5D=2")),
        Optional.of(URI.create(base + "?page%5Bnumber%5D=47&page%5Bsize%5D=2")),
        Optional.empty(),
        Optional.of(URI.create(base + "?page%5Bnumber%5D=48&page%5Bsize%5D=2"))));
    server.verify(1, getRequestedFor(urlPathEqualTo(PATH))
        .withQueryParam("page[size]", equalTo("2"))
        .withQueryParam("page[number]", equalTo("48"))
        .withHeader("X-Api-Token", equalTo(TOKEN))
        .withHeader("Accept", equalTo(JSON_API))
        .withHeader("Content-Type", equalTo(JSON_API)));
    assertThat(server.getAllServeEvents()).singleElement().satisfies(event ->
        assertThat(event.getRequest().getUrl()).isEqualTo(PATH + "?page%5Bsize%5D=2&page%5Bnumber%5D=48"));
  }

  @Test
  void getManagersWalksThreePagesByAbsoluteNextLinksWithEveryManagerOnceInOrder() {
    server.stubFor(get(urlEqualTo(PATH + "?page%5Bsize%5D=50&page%5Bnumber%5D=1")).willReturn(jsonApi(page(ids(1, 50), link(2, 50)))));
    server.stubFor(get(urlEqualTo(PATH + "?page%5Bnumber%5D=2&page%5Bsize%5D=50")).willReturn(jsonApi(page(ids(51, 100), link(3, 50)))));
    server.stubFor(get(urlEqualTo(PATH + "?page%5Bnumber%5D=3&page%5Bsize%5D=50")).willReturn(jsonApi(page(ids(101, 120), null))));

    var stream = ap.managers().streamManagers(1);
    server.verify(0, anyRequestedFor(anyUrl()));
    List<Manager> managers = stream.toList();

    assertThat(managers).extracting(Manager::id)
        .containsExactlyElementsOf(ids(1, 120).stream().map(String::valueOf).toList());
    server.verify(3, getRequestedFor(urlPathEqualTo(PATH)).withHeader("X-Api-Token", equalTo(TOKEN)));
  }

  @Test
  void theChosenPageSizeIsKeptAndRelativeLinksAreFollowed() {
    ActivePlatformClient small = builder().pageSize(2).build();
    server.stubFor(get(urlEqualTo(PATH + "?page%5Bsize%5D=2&page%5Bnumber%5D=1"))
        .willReturn(jsonApi(page(ids(1, 2), PATH + "?page%5Bnumber%5D=2&page%5Bsize%5D=2"))));
    server.stubFor(get(urlEqualTo(PATH + "?page%5Bnumber%5D=2&page%5Bsize%5D=2")).willReturn(jsonApi(page(ids(3, 3), null))));

    assertThat(small.managers().getManagers(1)).extracting(Manager::id).containsExactly("1", "2", "3");
    server.verify(2, anyRequestedFor(anyUrl()));
  }

  @Test
  void aMissingLinksObjectOrNextKeyEndsTheListing() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(jsonApi("{\"data\":[" + fixture("manager-template.json").replace("{{id}}", "7") + "]}")));

    assertThat(ap.managers().getManagers(1)).extracting(Manager::id).containsExactly("7");
    assertThat(ap.managers().getManagersPage(1, 50, 1).links()).isEqualTo(PageLinks.none());
  }

  @Test
  void aNextLinkToAnotherOriginIsRefusedAndThatHostReceivesNothing() {
    elsewhere.stubFor(get(anyUrl()).willReturn(jsonApi(page(ids(3, 4), null))));
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(jsonApi(page(ids(1, 2), elsewhere.baseUrl() + PATH + "?page%5Bnumber%5D=2"))));

    assertThatThrownBy(() -> ap.managers().getManagers(1))
        .isInstanceOf(UntrustedLinkException.class)
        .hasMessageContaining("localhost:" + elsewhere.getPort());
    assertThat(elsewhere.getAllServeEvents()).isEmpty();
  }

  @Test
  void aRepeatingNextLinkFailsFast() {
    server.stubFor(get(urlEqualTo(PATH + "?page%5Bsize%5D=50&page%5Bnumber%5D=1")).willReturn(jsonApi(page(ids(1, 2), link(2, 50)))));
    server.stubFor(get(urlEqualTo(PATH + "?page%5Bnumber%5D=2&page%5Bsize%5D=50")).willReturn(jsonApi(page(ids(3, 4), link(2, 50)))));

    assertThatThrownBy(() -> ap.managers().getManagers(1)).isInstanceOf(PaginationException.class);
    server.verify(2, anyRequestedFor(anyUrl()));
  }

  @Test
  void stoppingAStreamEarlySendsNoFurtherRequest() {
    server.stubFor(get(urlEqualTo(PATH + "?page%5Bsize%5D=50&page%5Bnumber%5D=1")).willReturn(jsonApi(page(ids(1, 50), link(2, 50)))));

    assertThat(ap.managers().streamManagers(1).limit(10).count()).isEqualTo(10);
    server.verify(1, anyRequestedFor(anyUrl()));
  }

  @Test
  void jsonApiErrorsOn401404And422AreParsedIntoTypedExceptions() {
    server.stubFor(get(urlPathEqualTo("/api/v3/resellers/1/managers")).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", JSON_API)
        .withBody("{\"errors\":[{\"status\":\"401\",\"code\":\"unauthorized\",\"title\":\"Unauthorized\",\"detail\":\"Invalid token\"}]}")));
    server.stubFor(get(urlPathEqualTo("/api/v3/resellers/99/managers")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", JSON_API)
        .withBody("{\"errors\":[{\"status\":\"404\",\"title\":\"Not found\",\"detail\":\"Reseller 99 not found\"}]}")));
    server.stubFor(get(urlPathEqualTo("/api/v3/resellers/2/managers")).willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", JSON_API)
        .withBody("{\"errors\":[{\"status\":\"422\",\"code\":\"invalid_parameter\",\"title\":\"Invalid parameter\","
            + "\"detail\":\"page[number] is too large\",\"source\":{\"pointer\":\"/page/number\"}}]}")));

    assertThatThrownBy(() -> ap.managers().getManagers(1)).isInstanceOfSatisfying(UnauthorizedException.class, e -> {
      assertThat(e.errors()).containsExactly(new ApiError("401", "unauthorized", "Unauthorized", "Invalid token", null));
      assertThat(e.getMessage()).contains("Unauthorized: Invalid token").contains("X-Api-Token").contains("access level")
          .doesNotContain(TOKEN);
    });
    assertThatThrownBy(() -> ap.managers().getManagersPage(99, 50, 1)).isInstanceOfSatisfying(NotFoundException.class,
        e -> assertThat(e.getMessage()).contains("Reseller 99 not found"));
    assertThatThrownBy(() -> ap.managers().getManagersPage(2, 50, 9999)).isInstanceOfSatisfying(UnprocessableEntityException.class, e -> {
      assertThat(e.errors()).containsExactly(new ApiError("422", "invalid_parameter", "Invalid parameter",
          "page[number] is too large", "/page/number"));
      assertThat(e.getMessage()).contains("at /page/number");
    });
  }

  @Test
  void aNonJsonApiErrorBodyStillGivesTheTypedException() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
        .withBody("<html><body><h1>502 Bad Gateway</h1></body></html>")));

    assertThatThrownBy(() -> ap.managers().getManagersPage(1, 50, 1)).isInstanceOf(ServerException.class)
        .hasMessageContaining("502 Bad Gateway");
    server.verify(4, anyRequestedFor(anyUrl()));
  }

  @Test
  void aRateLimitWaitsRetryAfterAndAResetIsRetried() {
    Stubs.sequence(server, () -> get(urlPathEqualTo(PATH)), List.of(
        aResponse().withStatus(429).withHeader("Retry-After", "2"),
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        jsonApi(fixture("managers-example.json"))));

    assertThat(ap.managers().getManagersPage(1, 2, 48).managers()).hasSize(2);
    // The JDK client may itself re-send a GET once on a reset connection; either way the call succeeds.
    assertThat(time.sleeps()).first().isEqualTo(Duration.ofSeconds(2));
    server.verify(3, anyRequestedFor(anyUrl()));
  }

  @Test
  void aReadTimeoutIsRetriedThenReportedAsAConnectionFailure() throws IOException, InterruptedException {
    try (SilentServer silent = new SilentServer()) {
      ActivePlatformClient impatient = builder().baseUrl(silent.baseUrl()).readTimeout(Duration.ofSeconds(1))
          .retryPolicy(RetryPolicy.builder().maxAttempts(2).jitter(0).build()).build();

      assertThatThrownBy(() -> impatient.managers().getManagersPage(1, 2, 48))
          .isInstanceOfSatisfying(dev.apiclients.http.ApiConnectionException.class, e -> {
            assertThat(e.getMessage()).contains("read timeout").contains("after 2 attempts").doesNotContain(TOKEN);
            assertThat(e.outcomeUnknown()).isFalse();
          });
      assertThat(silent.requestLines(2)).containsExactly(
          "GET " + PATH + "?page%5Bsize%5D=2&page%5Bnumber%5D=48 HTTP/1.1", "GET " + PATH + "?page%5Bsize%5D=2&page%5Bnumber%5D=48 HTTP/1.1");
    }
  }

  @Test
  void malformedSuccessBodiesGiveResponseDecodingException() {
    for (String body : List.of("{\"data\": [", "<html>oops</html>", "", "{\"data\": {\"id\": \"1\"}}",
        "{\"errors\":[{\"title\":\"x\"}]}", "{\"data\":[{\"id\":\"1\",\"type\":\"managers\",\"attributes\":{\"created_at\":\"yesterday\"}}]}",
        "{\"data\":[{\"id\":\"1\",\"type\":\"managers\",\"attributes\":{\"reseller_id\":\"one\"}}]}")) {
      server.stubFor(get(urlPathEqualTo(PATH)).willReturn(jsonApi(body)));
      assertThatThrownBy(() -> ap.managers().getManagersPage(1, 50, 1)).as(body)
          .isInstanceOf(ResponseDecodingException.class)
          .satisfies(e -> assertThat(e.getCause()).isNull());
    }
  }

  @Test
  void unknownStatusAndNewFieldsDoNotBreakDecoding() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(jsonApi(
        "{\"data\":[{\"id\":\"9\",\"type\":\"managers\",\"attributes\":{\"status\":\"suspended\",\"new_field\":[1],"
            + "\"custom_attributes\":{\"a\":null,\"b\":5}}}],\"meta\":{\"total\":1},\"links\":{\"next\":null}}")));

    Manager manager = ap.managers().getManagersPage(1, 50, 1).managers().get(0);

    assertThat(manager.status()).isEqualTo(new ManagerStatus("suspended"));
    assertThat(manager.status().isKnown()).isFalse();
    assertThat(manager.customAttributes()).containsEntry("a", null).containsEntry("b", "5");
    assertThat(manager.managerRole()).isNull();
    assertThat(manager.createdAt()).isNull();
  }

  @Test
  void badArgumentsFailBeforeAnyRequest() {
    assertThatThrownBy(() -> ap.managers().getManagers(0)).hasMessageContaining("resellerId must be positive");
    assertThatThrownBy(() -> ap.managers().streamManagers(-1)).hasMessageContaining("resellerId");
    assertThatThrownBy(() -> ap.managers().getManagersPage(1, 0, 1)).hasMessageContaining("size must be between 1 and 1000");
    assertThatThrownBy(() -> ap.managers().getManagersPage(1, 1001, 1)).hasMessageContaining("size");
    assertThatThrownBy(() -> ap.managers().getManagersPage(1, 50, 0)).hasMessageContaining("number must be at least 1");
    assertThatThrownBy(() -> ap.managers().streamManagers(1, null)).hasMessageContaining("listener");
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void builderValidatesAndNeverShowsTheToken() {
    assertThatThrownBy(() -> ActivePlatformClient.builder().apiToken(TOKEN).build()).hasMessageContaining("baseUrl is required");
    assertThatThrownBy(() -> ActivePlatformClient.builder().baseUrl("https://cp.example.com").build())
        .hasMessageContaining("apiToken is required");
    assertThatThrownBy(() -> ActivePlatformClient.builder().baseUrl("cp.example.com").apiToken(TOKEN).build())
        .hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> ActivePlatformClient.builder().baseUrl("https://cp.example.com").apiToken(TOKEN).pageSize(0).build())
        .hasMessageContaining("pageSize");
    ActivePlatformClient.Builder builder = ActivePlatformClient.builder().baseUrl("https://cp.example.com").apiToken(TOKEN);
    assertThat(builder.toString() + builder.build()).doesNotContain(TOKEN).contains("X-Api-Token=***");
  }

  @Test
  void theTokenIsNeverLogged() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(jsonApi(fixture("managers-example.json"))));
    try (LogCapture logs = LogCapture.start()) {
      builder().logLevel(LogLevel.HEADERS).build().managers().getManagersPage(1, 2, 48);
      assertThat(logs.text()).contains("X-Api-Token: ***").doesNotContain(TOKEN);
    }
  }
}
