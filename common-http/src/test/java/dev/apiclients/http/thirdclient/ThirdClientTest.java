package dev.apiclients.http.thirdclient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.NotFoundException;
import dev.apiclients.http.RateLimitedException;
import dev.apiclients.http.UntrustedLinkException;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.Stubs;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The third client, against WireMock: what a new API client gets from common-http. */
class ThirdClientTest {

  private static final String TOKEN = "ghp_third-client-token-42";

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  @RegisterExtension
  static WireMockExtension elsewhere = Stubs.newServer();

  private final FakeTime time = new FakeTime();
  private final ReposClient client = ReposClient.create(server.baseUrl(), TOKEN, time);

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder page(String body, String link) {
    var response = aResponse().withHeader("Content-Type", "application/json").withBody(body);
    return link == null ? response : response.withHeader("Link", link);
  }

  @Test
  void walksEveryPageByTheLinkHeaderWithTheBearerToken() {
    String base = server.baseUrl();
    server.stubFor(get(urlEqualTo("/user/repos?per_page=2")).willReturn(page(
        "[{\"name\":\"a\",\"stars\":1},{\"name\":\"b\",\"stars\":2,\"private\":false}]",
        "<" + base + "/user/repos?per_page=2&page=2>; rel=\"next\", <" + base + "/user/repos?per_page=2&page=3>; rel=\"last\"")));
    server.stubFor(get(urlEqualTo("/user/repos?per_page=2&page=2")).willReturn(page(
        "[{\"name\":\"c\",\"stars\":3}]", "</user/repos?per_page=2&page=3>; rel=\"next\"; title=\"a, b\"")));
    server.stubFor(get(urlEqualTo("/user/repos?per_page=2&page=3")).willReturn(page(
        "[{\"name\":\"d\"}]", "<" + base + "/user/repos?per_page=2&page=1>; rel=\"first\"")));

    assertThat(client.repos().map(ReposClient.Repo::name).toList()).containsExactly("a", "b", "c", "d");

    server.verify(3, getRequestedFor(urlPathEqualTo("/user/repos")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void a403WithNoRateLimitLeftIsARateLimitRetriedAfterRetryAfterWithItsRequestId() {
    server.stubFor(get(urlEqualTo("/user/repos?per_page=2")).willReturn(aResponse().withStatus(403)
        .withHeader("X-RateLimit-Remaining", "0").withHeader("Retry-After", "7")
        .withHeader("X-GitHub-Request-Id", "C0FE:1234").withBody("{\"message\":\"API rate limit exceeded\"}")));

    assertThatThrownBy(() -> client.repos().toList()).isInstanceOfSatisfying(RateLimitedException.class, e -> {
      assertThat(e.status()).isEqualTo(403);
      assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
      assertThat(e.requestId()).contains("C0FE:1234");
      assertThat(e.getMessage()).contains("HTTP 403 Forbidden (handled as 429 Too Many Requests)")
          .contains("API rate limit exceeded").contains("[request id C0FE:1234]").doesNotContain(TOKEN);
    });
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    server.verify(2, getRequestedFor(urlPathEqualTo("/user/repos")));
  }

  @Test
  void anOrdinary403StaysForbiddenAndA404CarriesItsRequestId() {
    server.stubFor(get(urlEqualTo("/user/repos?per_page=2")).willReturn(aResponse().withStatus(404)
        .withHeader("X-GitHub-Request-Id", "BEEF:9").withBody("{\"message\":\"Not Found\"}")));

    assertThatThrownBy(() -> client.repos().toList()).isInstanceOfSatisfying(NotFoundException.class,
        e -> assertThat(e.requestId()).contains("BEEF:9"));
    assertThat(ReposClient.RATE_LIMIT_403.classify(403, java.util.Map.of("X-RateLimit-Remaining", java.util.List.of("12"))))
        .isEqualTo(403);
  }

  @Test
  void aLinkHeaderToAnotherHostIsRefusedAndThatHostHearsNothing() {
    server.stubFor(get(urlEqualTo("/user/repos?per_page=2")).willReturn(page(
        "[{\"name\":\"a\"}]", "<" + elsewhere.baseUrl() + "/user/repos?page=2>; rel=\"next\"")));

    assertThatThrownBy(() -> client.repos().toList()).isInstanceOf(UntrustedLinkException.class);
    assertThat(elsewhere.getAllServeEvents()).isEmpty();
  }
}
