package dev.apiclients.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.LogCapture;
import dev.apiclients.http.testing.Stubs;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The logger names and levels that {@link LogLevel} documents, as a user's logging setup sees them.
 * Isolated: one test sets a logger's level, which every class running beside it would feel.
 */
@Isolated
class LogLevelTest {

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final FakeTime time = new FakeTime();

  @Test
  void successesAreDebugFailuresAreWarningsAndRetriesInfoUnderStableNames() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson("{\"id\":\"1\"}")));
    server.stubFor(get(urlPathEqualTo("/things/404")).willReturn(notFound()));
    server.stubFor(post(urlPathEqualTo("/things")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(get(urlPathEqualTo("/things/503")).willReturn(serverError()));
    TestApi api = new FeignClientFactory(TestApi.config(server.baseUrl(), time).logLevel(LogLevel.BASIC)
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).jitter(0).build()).build())
        .create(TestApi.class, TestApi.DECODER);

    try (LogCapture logs = LogCapture.start()) {
      api.get("1");
      catchThrowable(() -> api.get("404"));
      catchThrowable(() -> api.create("mary", "pw"));
      catchThrowable(() -> api.get("503"));

      // java.util.logging names System.Logger's DEBUG "FINE".
      assertThat(logs.records()).extracting(LogRecord::getLoggerName, LogRecord::getLevel, r -> r.getMessage().substring(0, 9))
          .containsExactly(
              tuple("dev.apiclients.http.exchange", Level.FINE, "--> GET h"),
              tuple("dev.apiclients.http.exchange", Level.FINE, "<-- 200 G"),
              tuple("dev.apiclients.http.exchange", Level.FINE, "--> GET h"),
              tuple("dev.apiclients.http.exchange", Level.WARNING, "<-- 404 G"),
              tuple("dev.apiclients.http.exchange", Level.FINE, "--> POST "),
              tuple("dev.apiclients.http.exchange", Level.WARNING, "<-- POST "),
              tuple("dev.apiclients.http.exchange", Level.FINE, "--> GET h"),
              tuple("dev.apiclients.http.exchange", Level.WARNING, "<-- 500 G"),
              tuple("dev.apiclients.http.retry", Level.INFO, "retrying "),
              tuple("dev.apiclients.http.exchange", Level.FINE, "--> GET h"),
              tuple("dev.apiclients.http.exchange", Level.WARNING, "<-- 500 G"));
      assertThat(LogLevel.EXCHANGE_LOGGER).isEqualTo("dev.apiclients.http.exchange");
      assertThat(LogLevel.RETRY_LOGGER).isEqualTo("dev.apiclients.http.retry");
    }
  }

  @Test
  void nothingIsFormattedForALoggerThatIsOff() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson("{\"id\":\"1\"}")));
    TestApi api = new FeignClientFactory(TestApi.config(server.baseUrl(), time).logLevel(LogLevel.HEADERS).build())
        .create(TestApi.class, TestApi.DECODER);
    try (LogCapture logs = LogCapture.start()) {
      java.util.logging.Logger.getLogger(LogLevel.EXCHANGE_LOGGER).setLevel(Level.INFO);
      try {
        api.get("1");
      } finally {
        java.util.logging.Logger.getLogger(LogLevel.EXCHANGE_LOGGER).setLevel(null);
      }
      assertThat(logs.records()).isEmpty();
    }
  }

  @Test
  void headersLeaveOutTheTestServersStubIdAndMaskCredentials() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson("{\"id\":\"1\"}").withHeader("X-Request-Id", "req-7")));
    TestApi api = new FeignClientFactory(TestApi.config(server.baseUrl(), time).logLevel(LogLevel.HEADERS).build())
        .create(TestApi.class, TestApi.DECODER);
    try (LogCapture logs = LogCapture.start()) {
      api.get("1");
      // The server did send its stub id; the log leaves it out and shows the other headers.
      assertThat(server.getAllServeEvents().get(0).getResponse().getHeaders().getHeader("Matched-Stub-Id").isPresent()).isTrue();
      assertThat(logs.text()).contains("x-api-key: ***").containsIgnoringCase("X-Request-Id: req-7")
          .doesNotContainIgnoringCase("Matched-Stub-Id").doesNotContain("KEY-s3cr3t-123");
    }
  }

  @Test
  void theRequestLineShowsTheInterfacesOwnHeaders() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson("{\"id\":\"1\"}")));
    HeadersTest.MediaTypeApi api = new FeignClientFactory(TestApi.config(server.baseUrl(), time)
        .logLevel(LogLevel.HEADERS).build()).create(HeadersTest.MediaTypeApi.class, TestApi.DECODER);
    try (LogCapture logs = LogCapture.start()) {
      api.get("1");

      assertThat(logs.text()).contains("Accept: application/vnd.api+json");
    }
  }
}
