package dev.apiclients.libib;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.apiclients.libib.LibibTestSupport.KEY;
import static dev.apiclients.libib.LibibTestSupport.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.ApiException;
import dev.apiclients.http.NotFoundException;
import dev.apiclients.http.PaginationException;
import dev.apiclients.http.ResponseDecodingException;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.Stubs;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Libib's part of the bounds that hold whatever the server does (see common-http's ResilienceTest). */
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ResilienceTest {

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final FakeTime time = new FakeTime();
  private final LibibClient libib = LibibTestSupport.client(server, time);

  @ParameterizedTest
  @ValueSource(strings = {
      "{}",
      "{\"patron\": null}",
      "{\"barcode\":null,\"first_name\":null,\"last_name\":null,\"email\":null,\"freeze\":null}",
      "{\"barcode\":\"\",\"first_name\":\"\",\"last_name\":\"\",\"email\":\"\",\"phone\":\"\",\"freeze\":\"\"}",
      "{\"patron\": {\"barcode\":\"\",\"email\":\"  \"}}"})
  void aBlankPatronIsNotFound(String blank) {
    server.stubFor(get(urlPathEqualTo("/patrons/nobody%40example.com")).willReturn(okJson(blank)));

    assertThatThrownBy(() -> libib.patrons().getPatronById("nobody@example.com"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageStartingWith("HTTP 200 from GET " + server.baseUrl() + "/patrons/nobody%40example.com")
        .hasMessageContaining("a patron with no barcode and no email").hasMessageContaining("treated as 404");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"manager\": null}", "{\"first_name\":\"\",\"email\":\"\",\"role\":\"\"}"})
  void aBlankManagerIsNotFound(String blank) {
    server.stubFor(get(urlPathEqualTo("/managers/nobody%40example.com")).willReturn(okJson(blank)));

    assertThatThrownBy(() -> libib.managers().getManagerById("nobody@example.com"))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("a manager with no email");
  }

  @Test
  void anEndlessPatronListingStopsAtMaxPages() {
    server.stubFor(get(urlPathEqualTo("/patrons")).willReturn(okJson(
        "{\"total\":50000000000,\"pages\":1000000000,\"max_per_page\":50,\"patrons\":[" + LibibTestSupport.patronJson(1) + "]}")));
    LibibClient limited = LibibTestSupport.builder(server, time).maxPages(12).build();

    assertThatThrownBy(() -> limited.patrons().streamPatrons().count()).isInstanceOf(PaginationException.class)
        .hasMessageContaining("Stopped after 12 pages").hasMessageContaining("maxPages(int)");
    server.verify(12, getRequestedFor(urlPathEqualTo("/patrons")));
  }

  @Test
  void aKeyEchoedInABodyValueIsNotQuotedByTheDecoder() {
    server.stubFor(get(urlPathEqualTo("/patrons/1")).willReturn(okJson(
        "{\"barcode\":\"1\",\"email\":\"a@example.com\",\"freeze\":\"" + KEY.toUpperCase() + "\",\"tags\":\"" + USER + "\"}")));

    Throwable thrown = catchThrowable(() -> libib.patrons().getPatronById("1"));

    assertThat(thrown).isInstanceOf(ResponseDecodingException.class);
    ApiException failure = (ApiException) thrown;
    String shown = failure.getMessage() + failure + failure.body() + failure.headers() + failure.url();
    assertThat(shown).doesNotContainIgnoringCase(KEY).doesNotContainIgnoringCase(USER).contains("***");
  }

  @Test
  void anApiKeyThatCannotBeSentIsRefusedByBuild() {
    String key = "libib-key-€-9";

    assertThatThrownBy(() -> LibibClient.builder().apiKey(key).apiUser(USER).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x-api-key")
        .hasMessageNotContaining(key);
    server.verify(0, getRequestedFor(urlPathEqualTo("/")));
  }

  @Test
  void aSlowAnswerFailsWithinTheReadTimeout() {
    server.stubFor(get(urlPathEqualTo("/patrons/1")).willReturn(aResponse().withFixedDelay(2_000)
        .withHeader("Content-Type", "application/json").withBody(LibibTestSupport.patronJson(1))));
    LibibClient impatient = LibibTestSupport.builder(server, time).readTimeout(java.time.Duration.ofMillis(200))
        .retryPolicy(dev.apiclients.http.RetryPolicy.none()).build();

    assertThatThrownBy(() -> impatient.patrons().getPatronById("1"))
        .isInstanceOf(dev.apiclients.http.ApiConnectionException.class).hasMessageContaining("read timeout");
  }
}
