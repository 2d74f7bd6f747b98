package dev.apiclients.activeplatform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.ApiException;
import dev.apiclients.http.PaginationException;
import dev.apiclients.http.ResponseDecodingException;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.Stubs;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ActivePlatform's part of the bounds that hold whatever the server does (see common-http's ResilienceTest). */
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ResilienceTest {

  private static final String TOKEN = "ap-token-resilience-31";
  private static final String PATH = "/api/v3/resellers/1/managers";

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final FakeTime time = new FakeTime();

  private ActivePlatformClient.Builder builder() {
    return ActivePlatformClient.builder().baseUrl(server.baseUrl()).apiToken(TOKEN)
        .retryPolicy(RetryPolicy.none()).clock(time).sleeper(time);
  }

  private static String page(int number, String next) {
    return "{\"data\":[{\"id\":\"" + number + "\",\"type\":\"managers\",\"attributes\":{\"name\":\"M" + number + "\"}}],"
        + "\"links\":{\"next\":" + (next == null ? "null" : "\"" + next + "\"") + "}}";
  }

  @Test
  void anEndlessListingStopsAtMaxPagesAndTheServerCountsNoMore() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withHeader("Content-Type", "application/vnd.api+json")
        .withBody(page(1, PATH + "?page[number]=2&page[size]=50&n=1"))));
    for (int n = 2; n <= 30; n++) {
      server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("n", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
          String.valueOf(n - 1))).willReturn(aResponse().withHeader("Content-Type", "application/vnd.api+json")
          .withBody(page(n, PATH + "?page[number]=" + (n + 1) + "&page[size]=50&n=" + n))));
    }
    ActivePlatformClient ap = builder().maxPages(9).build();

    assertThatThrownBy(() -> ap.managers().getManagers(1)).isInstanceOf(PaginationException.class)
        .hasMessageContaining("Stopped after 9 pages").hasMessageContaining("maxPages(int)");
    server.verify(9, getRequestedFor(urlPathEqualTo(PATH)));
    server.resetRequests();

    assertThatThrownBy(() -> ap.managers().streamManagers(1).count()).isInstanceOf(PaginationException.class);
    server.verify(9, getRequestedFor(urlPathEqualTo(PATH)));
  }

  @Test
  void aTokenEchoedInAnAttributeIsNotQuotedByTheDecoder() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withHeader("Content-Type", "application/vnd.api+json")
        .withHeader("X-Echo", TOKEN)
        .withBody("{\"data\":[{\"id\":\"" + TOKEN + "\",\"type\":\"managers\",\"attributes\":{\"created_at\":\""
            + TOKEN + "\"}}],\"links\":{\"next\":null}}")));

    Throwable thrown = catchThrowable(() -> builder().build().managers().getManagersPage(1, 2, 1));

    assertThat(thrown).isInstanceOf(ResponseDecodingException.class);
    ApiException failure = (ApiException) thrown;
    assertThat(failure.getMessage() + failure + failure.body() + failure.headers() + failure.response())
        .doesNotContain(TOKEN).contains("***");
  }

  @Test
  void aTokenThatCannotBeSentIsRefusedByBuild() {
    String token = "ap-tökén-1234";

    assertThatThrownBy(() -> ActivePlatformClient.builder().baseUrl(server.baseUrl()).apiToken(token).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X-Api-Token")
        .hasMessageNotContaining(token);
  }
}
