package dev.apiclients.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.LogCapture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import dev.apiclients.http.testing.Stubs;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SecretsTest {

  private static final String KEY = "KEY-s3cr3t-123";
  private static final String PASSWORD = "hunter2-Pa55word";

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final FakeTime time = new FakeTime();

  @ParameterizedTest
  @EnumSource(LogLevel.class)
  void noSecretInLogsMessagesOrToStringAtAnyLevel(LogLevel level) {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson("{\"id\":\"1\"}")));
    server.stubFor(post(urlPathEqualTo("/things")).willReturn(
        aResponse().withStatus(400).withBody("{\"message\":\"bad password " + PASSWORD + " for key " + KEY + "\"}")));
    server.stubFor(get(urlPathEqualTo("/things/2")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
    server.stubFor(post(urlPathEqualTo("/things/reset")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    HttpClientConfig config = TestApi.config(server.baseUrl(), time).logLevel(level).build();
    FeignClientFactory factory = new FeignClientFactory(config);
    TestApi api = factory.create(TestApi.class, TestApi.DECODER);
    List<String> texts = new ArrayList<>();

    try (LogCapture logs = LogCapture.start()) {
      api.get("1");
      texts.add(catchThrowable(() -> api.create("mary", PASSWORD)).getMessage());
      texts.add(catchThrowable(() -> api.get("2")).getMessage());
      if (level != LogLevel.NONE) {
        assertThat(logs.text()).contains("GET " + server.baseUrl() + "/things/1").contains("password=***");
      }
      if (level == LogLevel.HEADERS) {
        assertThat(logs.text()).contains("x-api-key: ***");
      }
      texts.add(logs.text());
    }
    ApiException badRequest = (ApiException) catchThrowable(() -> api.create("mary", PASSWORD));
    texts.add(badRequest.url());
    texts.add(badRequest.body());
    texts.add(config.toString());
    texts.add(config.credentials().toString());
    texts.add(factory.toString());
    texts.add(api.toString());

    assertThat(String.join("\n", texts)).doesNotContain(KEY).doesNotContain(PASSWORD);
    // A write's query holds personal data: every value is masked, the names are kept.
    assertThat(badRequest.url()).endsWith("?name=***&password=***");
    server.verify(getRequestedFor(urlPathEqualTo("/things/1")).withHeader("x-api-key", equalTo(KEY)));
    server.verify(postRequestedFor(urlPathEqualTo("/things")).withQueryParam("password", equalTo(PASSWORD)));
  }

  @Test
  void credentialHeadersAndUserAgentAreSentOnEveryRequest() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson("{\"id\":\"1\"}")));
    TestApi api = new FeignClientFactory(TestApi.config(server.baseUrl(), time)
        .credentials(CredentialHeaders.of(new java.util.LinkedHashMap<>(java.util.Map.of("x-api-key", KEY, "x-api-user", "user-7"))))
        .userAgent("my-script/1.0")
        .build()).create(TestApi.class, TestApi.DECODER);

    api.get("1");
    api.get("1");

    server.verify(2, getRequestedFor(urlPathEqualTo("/things/1"))
        .withHeader("x-api-key", equalTo(KEY))
        .withHeader("x-api-user", equalTo("user-7"))
        .withHeader("User-Agent", equalTo(HttpClientConfig.DEFAULT_USER_AGENT + " my-script/1.0")));
  }

  @Test
  void credentialsWithBracesOrPercentSignsAreSentVerbatim() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson("{\"id\":\"1\"}")));
    String key = "k{user}%7B$1}";
    TestApi api = new FeignClientFactory(TestApi.config(server.baseUrl(), time)
        .credentials(CredentialHeaders.of(java.util.Map.of("x-api-key", key)))
        .userAgent("tool/{version}")
        .build()).create(TestApi.class, TestApi.DECODER);

    api.get("1");

    server.verify(1, getRequestedFor(urlPathEqualTo("/things/1"))
        .withHeader("x-api-key", equalTo(key)).withHeader("User-Agent", equalTo(HttpClientConfig.DEFAULT_USER_AGENT + " tool/{version}")));
  }

  @Test
  void credentialHeadersRefuseBlankValuesWithoutEchoingThem() {
    Throwable thrown = catchThrowable(() -> CredentialHeaders.of(java.util.Map.of("x-api-key", " ")));
    assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessage("credential header x-api-key must not be blank");
    Throwable control = catchThrowable(() -> CredentialHeaders.of(java.util.Map.of("x-api-key", "abc\r\nInjected: 1")));
    assertThat(control).isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("abc");
  }
}
