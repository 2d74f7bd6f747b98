package dev.apiclients.activeplatform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.ApiException;
import dev.apiclients.http.LogLevel;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.http.UntrustedLinkException;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.HostileBodies;
import dev.apiclients.http.testing.LogCapture;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import dev.apiclients.http.testing.Stubs;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Generated hostile JSON:API documents and links never escape as anything but the library's own exceptions. */
class HostileInputTest {

  private static final String TOKEN = "ap-token-hostile-77";
  private static final String PATH = "/api/v3/resellers/1/managers";

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  @RegisterExtension
  static WireMockExtension otherHost = Stubs.newServer();

  private final FakeTime time = new FakeTime();
  private final ActivePlatformClient ap = ActivePlatformClient.builder().baseUrl(server.baseUrl()).apiToken(TOKEN)
      .retryPolicy(RetryPolicy.none()).clock(time).sleeper(time).build();

  @Test
  void twoHundredGeneratedDocumentsRaiseOnlyLibraryExceptions() {
    List<byte[]> bodies = HostileBodies.generate(ManagersTest.fixture("managers-example.json"), 220, 11);
    int failures = 0;
    for (byte[] body : bodies) {
      server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200)
          .withHeader("Content-Type", "application/vnd.api+json").withBody(body)));
      Throwable thrown = catchThrowable(() -> ap.managers().getManagersPage(1, 2, 48));
      if (thrown != null) {
        failures++;
        assertThat(thrown).as(new String(body, 0, Math.min(200, body.length), StandardCharsets.UTF_8))
            .isInstanceOf(ApiException.class);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
          assertThat(t.getClass().getName()).doesNotStartWith("feign.").doesNotStartWith("com.fasterxml.")
              .doesNotStartWith("com.github.jasminb.");
        }
      }
    }
    assertThat(bodies).hasSizeGreaterThanOrEqualTo(200);
    assertThat(failures).isGreaterThan(bodies.size() / 3);
  }

  @Test
  void generatedDocumentsWithIncludesRaiseOnlyLibraryExceptions() {
    List<byte[]> bodies = HostileBodies.generate(ManagersTest.fixture("v3/get-subscription-5.4-example.json"), 200, 13);
    for (byte[] body : bodies) {
      server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200)
          .withHeader("Content-Type", "application/vnd.api+json").withBody(body)));
      Throwable thrown = catchThrowable(() -> ap.subscriptions().getSubscription(1, "3007095", "account", "plan"));
      if (thrown != null) {
        assertThat(thrown).as(new String(body, 0, Math.min(200, body.length), StandardCharsets.UTF_8))
            .isInstanceOf(ApiException.class);
      }
    }
  }

  @Test
  void generatedErrorDocumentsStillGiveTypedExceptions() {
    Random random = new Random(12);
    String errors = "{\"errors\":[{\"status\":\"422\",\"code\":\"invalid\",\"title\":\"Invalid\",\"detail\":\"bad\","
        + "\"source\":{\"pointer\":\"/data\"}}]}";
    for (byte[] body : HostileBodies.generate(errors, 200, 12)) {
      int status = new int[] {400, 401, 403, 404, 422, 429, 500, 503}[random.nextInt(8)];
      server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(status).withBody(body)));
      Throwable thrown = catchThrowable(() -> ap.managers().getManagersPage(1, 2, 1));
      assertThat(thrown).isInstanceOf(ApiException.class);
      assertThat(((ApiException) thrown).status()).isEqualTo(status);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"https", "ftp", "javascript", "file"})
  void aNextLinkWithAnotherSchemeOrHostIsRefusedAndNothingIsSentThere(String scheme) {
    String hostile = scheme.equals("https")
        ? server.baseUrl().replace("http://", "https://") + PATH + "?page%5Bnumber%5D=2"
        : scheme + "://" + "localhost:" + otherHost.getPort() + PATH;
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/vnd.api+json")
        .withBody(ManagersTest.page(List.of(1, 2), hostile))));

    Throwable thrown = catchThrowable(() -> ap.managers().getManagers(1));

    assertThat(thrown).isInstanceOf(UntrustedLinkException.class).hasMessageNotContaining(TOKEN);
    assertThat(otherHost.getAllServeEvents()).isEmpty();
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void theTokenAppearsInNoLogLineMessageOrToStringAtAnyLevel() {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(401)
        .withBody("{\"errors\":[{\"title\":\"Unauthorized\",\"detail\":\"token " + TOKEN + " is revoked\"}]}")));
    List<String> texts = new ArrayList<>();
    for (LogLevel level : LogLevel.values()) {
      try (LogCapture logs = LogCapture.start()) {
        ActivePlatformClient client = ActivePlatformClient.builder().baseUrl(server.baseUrl()).apiToken(TOKEN)
            .logLevel(level).clock(time).sleeper(time).build();
        ApiException e = (ApiException) catchThrowable(() -> client.managers().getManagers(1));
        texts.add(e.getMessage() + e.body() + e.response() + e.errors() + client + logs.text());
      }
    }
    assertThat(String.join("\n", texts)).doesNotContain(TOKEN).contains("token *** is revoked");
  }
}
