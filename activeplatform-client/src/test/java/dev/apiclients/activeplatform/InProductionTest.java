package dev.apiclients.activeplatform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.apiclients.activeplatform.ManagersTest.jsonApi;
import static dev.apiclients.activeplatform.ResourceEndpointsTest.page;
import static dev.apiclients.activeplatform.ResourceEndpointsTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.activeplatform.internal.UrlTemplates;
import dev.apiclients.http.CallTimeoutException;
import dev.apiclients.http.NotFoundException;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.http.observation.CallInfo;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.RecordingListener;
import dev.apiclients.http.testing.Stubs;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Operation names and URL templates, headers of one's own, request ids and call timeouts. */
class InProductionTest {

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final FakeTime time = new FakeTime();
  private final RecordingListener listener = new RecordingListener();

  private ActivePlatformClient.Builder builder() {
    return ActivePlatformClient.builder().baseUrl(server.baseUrl()).apiToken(ResourceEndpointsTest.TOKEN)
        .retryPolicy(RetryPolicy.builder().jitter(0).build()).clock(time).sleeper(time);
  }

  @Test
  void everyPageAndReadIsReportedWithItsOperationAndUrlTemplate() {
    String first = "/api/v3/resellers/7/subscriptions?page%5Bsize%5D=50&page%5Bnumber%5D=1";
    String second = "/api/v3/resellers/7/subscriptions?page%5Bnumber%5D=2&page%5Bsize%5D=50";
    server.stubFor(get(urlEqualTo(first)).willReturn(jsonApi(page("subscriptions", List.of(1), server.baseUrl() + second))));
    server.stubFor(get(urlEqualTo(second)).willReturn(jsonApi(page("subscriptions", List.of(2), null))));
    server.stubFor(get(urlPathEqualTo("/api/v3/resellers/7/managers/403"))
        .willReturn(jsonApi("{\"data\":" + resource("managers", 403) + "}")));
    ActivePlatformClient ap = builder().callListener(listener).build();

    assertThat(ap.subscriptions().getSubscriptions(7)).hasSize(2);
    ap.managers().getManager(7, "403");

    CallInfo list = new CallInfo("activeplatform", "activeplatform.subscriptions.list", "GET",
        "/api/v3/resellers/{reseller_id}/subscriptions");
    assertThat(listener.calls()).containsExactly(list, list, new CallInfo("activeplatform",
        "activeplatform.managers.get", "GET", "/api/v3/resellers/{reseller_id}/managers/{id}"));
    assertThat(listener.events()).filteredOn(event -> event.startsWith("end ")).hasSize(3)
        .allMatch(event -> event.equals("end SUCCESS 200 attempts=1"));
  }

  @Test
  void urlTemplatesKeepCollectionNamesAndHideIdentifiers() {
    assertThat(UrlTemplates.template("/api/v3/resellers/7")).isEqualTo("/api/v3/resellers/{reseller_id}");
    assertThat(UrlTemplates.template("/api/v3/resellers/7/child_reseller_managers"))
        .isEqualTo("/api/v3/resellers/{reseller_id}/child_reseller_managers");
    assertThat(UrlTemplates.template("/api/v3/resellers/7/accounts/a%40b.example"))
        .isEqualTo("/api/v3/resellers/{reseller_id}/accounts/{id}");
    assertThat(UrlTemplates.template("/api/v3/resellers/7/subscriptions/12/upgrade_order"))
        .isEqualTo("/api/v3/resellers/{reseller_id}/subscriptions/{id}/upgrade_order");
    assertThat(UrlTemplates.template("/api/v3/resellers/7/subscriptions/upgrade")).isEqualTo(
        "/api/v3/resellers/{reseller_id}/subscriptions/{id}");
    assertThat(UrlTemplates.template("/elsewhere/mary@example.com")).isEqualTo("/{path}");
  }

  @Test
  void headersOfOnesOwnAreSentBesideTheTokenAndTheMediaType() {
    server.stubFor(get(urlPathEqualTo("/api/v3/resellers/7/managers/403"))
        .willReturn(jsonApi("{\"data\":" + resource("managers", 403) + "}")));
    ActivePlatformClient ap = builder().userAgent("billing-sync/3.0").defaultHeader("X-Tenant", "eu-1")
        .requestHook((call, headers) -> headers.set("X-Correlation-Id", "corr-" + call.operation()))
        .build();

    ap.managers().getManager(7, "403");

    server.verify(getRequestedFor(urlPathEqualTo("/api/v3/resellers/7/managers/403"))
        .withHeader("X-Api-Token", equalTo(ResourceEndpointsTest.TOKEN))
        .withHeader("Accept", equalTo("application/vnd.api+json"))
        .withHeader("User-Agent", equalTo("dev.apiclients-java/0.1.0 billing-sync/3.0"))
        .withHeader("X-Tenant", equalTo("eu-1"))
        .withHeader("X-Correlation-Id", equalTo("corr-activeplatform.managers.get")));
    assertThatThrownBy(() -> builder().defaultHeader("x-api-token", "forged").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("credential header");
  }

  @Test
  void theRequestIdIsReadFromXRequestIdUnlessAnotherHeaderIsNamed() {
    server.stubFor(get(urlPathEqualTo("/api/v3/resellers/7/managers/9")).willReturn(aResponse().withStatus(404)
        .withHeader("X-Request-Id", "ap-req-1").withHeader("X-Amzn-Trace-Id", "ap-trace-2")));

    assertThatThrownBy(() -> builder().build().managers().getManager(7, "9"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.requestId()).contains("ap-req-1"));
    assertThatThrownBy(() -> builder().requestIdHeader("X-Amzn-Trace-Id").build().managers().getManager(7, "9"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.requestId()).contains("ap-trace-2"));
  }

  @Test
  void aViewBoundsAWholeListingAndLeavesTheClientUnbounded() {
    String first = "/api/v3/resellers/7/orders?page%5Bsize%5D=50&page%5Bnumber%5D=1";
    String second = "/api/v3/resellers/7/orders?page%5Bnumber%5D=2&page%5Bsize%5D=50";
    server.stubFor(get(urlEqualTo(first)).willReturn(jsonApi(page("orders", List.of(1), server.baseUrl() + second))));
    Stubs.sequence(server, () -> get(urlEqualTo(second)), List.of(aResponse().withStatus(503),
        aResponse().withStatus(503), aResponse().withStatus(503), jsonApi(page("orders", List.of(2), null))));
    ActivePlatformClient ap = builder()
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofSeconds(10)).maxBackoff(Duration.ofSeconds(40))
            .jitter(0).build()).build();
    ActivePlatformClient bounded = ap.withCallTimeout(Duration.ofSeconds(25));

    // Page 2 answers 503 three times: after waiting 10 s, the next wait of 20 s would pass 25 s.
    assertThatThrownBy(() -> bounded.orders().getOrders(7))
        .isInstanceOfSatisfying(CallTimeoutException.class, e -> {
          assertThat(e.lastStatus()).isEqualTo(503);
          assertThat(e.getMessage()).contains("listing's call timeout of 25 s", "the next retry was 20 s away");
        });
    bounded.close();
    // The client itself has no deadline and still works after the view was closed.
    assertThat(ap.orders().getOrders(7)).hasSize(2);
  }
}
