package dev.apiclients.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.testing.FakeTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import dev.apiclients.http.testing.Stubs;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorMappingTest {

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final FakeTime time = new FakeTime();

  private TestApi client() {
    return new FeignClientFactory(TestApi.config(server.baseUrl(), time)
        .retryPolicy(RetryPolicy.none())
        .authFailureHint("Check the x-api-key.")
        .build()).create(TestApi.class, TestApi.DECODER);
  }

  private ApiException failureFor(int status, String contentType, String body) {
    server.stubFor(get(urlPathEqualTo("/things/1"))
        .willReturn(aResponse().withStatus(status).withHeader("Content-Type", contentType)
            .withHeader("X-Request-Id", "req-42").withBody(body)));
    Throwable thrown = catchThrowable(() -> client().get("1"));
    assertThat(thrown).isInstanceOf(ApiException.class);
    return (ApiException) thrown;
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, UnauthorizedException.class),
        Arguments.of(403, ForbiddenException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(422, UnprocessableEntityException.class),
        Arguments.of(429, RateLimitedException.class),
        Arguments.of(500, ServerException.class),
        Arguments.of(503, ServerException.class),
        Arguments.of(418, ApiException.class));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void eachStatusMapsToItsTypeWithTheWholeExchange(int status, Class<? extends ApiException> type) {
    ApiException e = failureFor(status, "application/json", "{\"message\":\"it went wrong\"}");

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.url()).isEqualTo(server.baseUrl() + "/things/1");
    assertThat(e.body()).isEqualTo("{\"message\":\"it went wrong\"}");
    assertThat(e.headers()).containsEntry("X-Request-Id", java.util.List.of("req-42"));
    assertThat(e.errors()).extracting(ApiError::detail).containsExactly("it went wrong");
    assertThat(e.getMessage()).startsWith("HTTP " + status).contains("GET " + server.baseUrl() + "/things/1")
        .contains("it went wrong");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void authFailuresCarryTheHint() {
    assertThat(failureFor(401, "application/json", "{}").getMessage()).endsWith("Check the x-api-key.");
    server.resetAll();
    assertThat(failureFor(403, "application/json", "{}").getMessage()).endsWith("Check the x-api-key.");
  }

  @Test
  void jsonApiErrorsAreParsedIntoTheExceptionAndMessage() {
    ApiException e = failureFor(422, "application/vnd.api+json", """
        {"errors":[{"status":"422","code":"invalid","title":"Invalid attribute",
          "detail":"Email is not valid","source":{"pointer":"/data/attributes/email"}},
         {"title":"Second problem"}]}""");

    assertThat(e.errors()).containsExactly(
        new ApiError("422", "invalid", "Invalid attribute", "Email is not valid", "/data/attributes/email"),
        new ApiError(null, null, "Second problem", null, null));
    assertThat(e.getMessage()).contains("Invalid attribute: Email is not valid (code invalid) at /data/attributes/email")
        .contains("; Second problem");
  }

  @Test
  void anErrorDocumentSentWith200IsADecodingFailureThatKeepsItsErrors() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson(
        "{\"errors\":[{\"status\":\"422\",\"code\":\"invalid\",\"title\":\"Invalid\",\"detail\":\"bad id\"}]}")));
    TestApi refusing = new FeignClientFactory(TestApi.config(server.baseUrl(), time).retryPolicy(RetryPolicy.none())
        .build()).create(TestApi.class, (body, type) -> {
          throw new IllegalStateException("the document holds errors, not data");
        });

    Throwable e = catchThrowable(() -> refusing.get("1"));

    assertThat(e).isInstanceOf(ResponseDecodingException.class).hasMessageContaining("holds errors");
    assertThat(((ApiException) e).status()).isEqualTo(200);
    assertThat(((ApiException) e).errors()).containsExactly(new ApiError("422", "invalid", "Invalid", "bad id", null));
  }

  @Test
  void anHtmlErrorPageGivesTheTypedExceptionWithReadableText() {
    ApiException e = failureFor(502, "text/html",
        "<html><head><style>body{}</style></head><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>");

    assertThat(e).isInstanceOf(ServerException.class);
    assertThat(e.errors()).isEmpty();
    assertThat(e.getMessage()).contains("HTTP 502 Bad Gateway").contains("non-JSON body (text/html): 502 Bad Gateway nginx")
        .doesNotContain("<h1>");
  }

  @Test
  void anEmptyBodySaysSo() {
    ApiException e = failureFor(404, "application/json", "");

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.body()).isEmpty();
    assertThat(e.getMessage()).contains("(empty body)");
  }

  @Test
  void truncatedJsonStillGivesTheTypedException() {
    ApiException e = failureFor(400, "application/json", "{\"message\": \"half of it");

    assertThat(e).isInstanceOf(BadRequestException.class);
    assertThat(e.getMessage()).contains("unreadable JSON body").contains("half of it");
  }

  @Test
  void aHugeBodyIsBounded() {
    ApiException e = failureFor(500, "text/plain", "x".repeat(100_000));

    assertThat(e.body()).hasSizeLessThan(ErrorResponse.MAX_BODY_CHARS + 40).endsWith("more characters]");
    assertThat(e.getMessage()).hasSizeLessThan(1_000);
  }

  @Test
  void aRateLimitCarriesRetryAfter() {
    ApiException e = failureFor(429, "application/json", "{}");

    assertThat(((RateLimitedException) e).retryAfter()).isEmpty();
    server.stubFor(get(urlPathEqualTo("/things/2"))
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));
    Throwable limited = catchThrowable(() -> client().get("2"));
    assertThat(((RateLimitedException) limited).retryAfter()).contains(java.time.Duration.ofSeconds(7));
  }

  @Test
  void aMalformedSuccessBodyGivesResponseDecodingExceptionWithoutThirdPartyTypes() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson("{\"id\": [1, 2")));

    Throwable thrown = catchThrowable(() -> client().get("1"));

    assertThat(thrown).isInstanceOf(ResponseDecodingException.class)
        .hasMessageContaining("HTTP 200 from GET").hasMessageContaining("could not be read as TestApi$Thing");
    assertThat(((ApiException) thrown).status()).isEqualTo(200);
    assertNoThirdPartyTypeIn(thrown);
    server.verify(1, getRequestedFor(urlPathEqualTo("/things/1")));
  }

  @Test
  void aNonJsonSuccessBodyGivesResponseDecodingException() {
    server.stubFor(get(urlPathEqualTo("/things/1"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>maintenance</html>")));

    Throwable thrown = catchThrowable(() -> client().get("1"));

    assertThat(thrown).isInstanceOf(ResponseDecodingException.class).hasMessageContaining("<html>maintenance</html>");
    assertNoThirdPartyTypeIn(thrown);
  }

  static void assertNoThirdPartyTypeIn(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      assertThat(t.getClass().getName()).doesNotStartWith("feign.").doesNotStartWith("com.fasterxml.")
          .doesNotStartWith("com.github.jasminb.");
    }
  }
}
