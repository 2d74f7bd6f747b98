package dev.apiclients.activeplatform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.requestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.apiclients.http.ApiConnectionException;
import dev.apiclients.http.ForbiddenException;
import dev.apiclients.http.NotFoundException;
import dev.apiclients.http.ResponseDecodingException;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.http.ServerException;
import dev.apiclients.http.UnauthorizedException;
import dev.apiclients.http.UnprocessableEntityException;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.Stubs;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every write: the exact request, and each way it can fail, on WireMock. */
class WritesTest {

  private static final String TOKEN = "ap-token-writes-5521";
  private static final String JSON_API = "application/vnd.api+json";

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final FakeTime time = new FakeTime();

  private ActivePlatformClient client() {
    return ActivePlatformClient.builder().baseUrl(server.baseUrl()).apiToken(TOKEN)
        .retryPolicy(RetryPolicy.builder().jitter(0).build()).clock(time).sleeper(time).build();
  }

  static List<Write> writes() {
    return Write.all();
  }

  private static MappingBuilder stub(Write write) {
    return request(write.method(), urlEqualTo(write.path()));
  }

  private static RequestPatternBuilder sent(Write write) {
    return requestedFor(write.method(), urlEqualTo(write.path()));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder success(Write write) {
    return aResponse().withStatus(write.status()).withHeader("Content-Type", JSON_API).withBody(write.response());
  }

  @ParameterizedTest
  @MethodSource("writes")
  void sendsTheDocumentedRequestOnce(Write write) {
    server.stubFor(stub(write).willReturn(success(write)));

    write.call().apply(client());

    RequestPatternBuilder expected = sent(write).withHeader("X-Api-Token", equalTo(TOKEN))
        .withHeader("Accept", equalTo(JSON_API)).withHeader("Content-Type", equalTo(JSON_API));
    expected = write.body() == null ? expected : expected.withRequestBody(equalToJson(write.body(), false, false));
    server.verify(1, expected);
    server.verify(1, anyRequestedFor(anyUrl()));
    if (write.body() == null) {
      LoggedRequest request = server.findAll(sent(write)).get(0);
      assertThat(request.getBody()).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("writes")
  void a5xxIsNotResentAndTheMessageSaysWhatToCheck(Write write) {
    server.stubFor(stub(write).willReturn(aResponse().withStatus(503).withBody("upstream down")));

    assertThatThrownBy(() -> write.call().apply(client())).isInstanceOfSatisfying(ServerException.class, e -> {
      assertThat(e.status()).isEqualTo(503);
      assertThat(e.getMessage()).contains("outcome is unknown").contains(write.howToCheck()).doesNotContain(TOKEN)
          .doesNotContain("ada@example.com").doesNotContain("grace@example.com");
    });
    server.verify(1, anyRequestedFor(anyUrl()));
  }

  @ParameterizedTest
  @MethodSource("writes")
  void aResetIsNotResentAndTheOutcomeIsUnknown(Write write) {
    server.stubFor(stub(write).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> write.call().apply(client())).isInstanceOfSatisfying(ApiConnectionException.class, e -> {
      assertThat(e.outcomeUnknown()).isTrue();
      assertThat(e.getMessage()).contains("outcome is unknown").contains(write.howToCheck());
    });
    server.verify(1, anyRequestedFor(anyUrl()));
    assertThat(time.sleeps()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("writes")
  void a429IsResentAfterRetryAfter(Write write) {
    Stubs.sequence(server, () -> stub(write), List.of(
        aResponse().withStatus(429).withHeader("Retry-After", "3"), success(write)));

    write.call().apply(client());

    server.verify(2, sent(write));
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
  }

  @ParameterizedTest
  @MethodSource("writes")
  void a422KeepsThePlatformsTextInErrors(Write write) {
    if (write.name().equals("setAutoRenew")) {
      return; // a 422 there reads the subscription first: see SubscriptionWritesTest
    }
    server.stubFor(stub(write).willReturn(aResponse().withStatus(422).withHeader("Content-Type", "text/plain")
        .withBody("There are ordered invalid amount of resources")));

    assertThatThrownBy(() -> write.call().apply(client())).isInstanceOfSatisfying(UnprocessableEntityException.class,
        e -> assertThat(e.errors()).singleElement()
            .satisfies(error -> assertThat(error.detail()).isEqualTo("There are ordered invalid amount of resources")));
    server.verify(1, anyRequestedFor(anyUrl()));
  }

  @ParameterizedTest
  @MethodSource("writes")
  void a422JsonErrorDocumentIsParsedAsIs(Write write) {
    if (write.name().equals("setAutoRenew")) {
      return;
    }
    server.stubFor(stub(write).willReturn(aResponse().withStatus(422).withHeader("Content-Type", JSON_API)
        .withBody("{\"errors\":[{\"title\":\"Resources downgrade are not allowed\",\"code\":\"E1\"}]}")));

    assertThatThrownBy(() -> write.call().apply(client())).isInstanceOfSatisfying(UnprocessableEntityException.class,
        e -> {
          assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("Resources downgrade are not allowed");
            assertThat(error.code()).isEqualTo("E1");
          });
          assertThat(e.getMessage()).contains("Resources downgrade are not allowed");
        });
  }

  @ParameterizedTest
  @MethodSource("writes")
  void a403NamesTheAbilityFlagWhereOneGuardsTheOperation(Write write) {
    server.stubFor(stub(write).willReturn(aResponse().withStatus(403).withBody("This action is forbidden")));

    assertThatThrownBy(() -> write.call().apply(client())).isInstanceOfSatisfying(ForbiddenException.class, e -> {
      assertThat(e.getMessage()).contains("This action is forbidden").contains("X-Api-Token");
      if (write.abilityFlag() != null) {
        assertThat(e.getMessage()).contains("ability does not allow " + write.abilityFlag())
            .contains("Subscription.ability()");
      } else {
        assertThat(e.getMessage()).doesNotContain("ability");
      }
    });
    server.verify(1, anyRequestedFor(anyUrl()));
  }

  @ParameterizedTest
  @MethodSource("writes")
  void otherClientErrorsKeepTheirTypes(Write write) {
    server.stubFor(stub(write).willReturn(aResponse().withStatus(404).withBody("{\"error\":\"Not found\"}")));
    assertThatThrownBy(() -> write.call().apply(client())).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("Not found");
    server.stubFor(stub(write).willReturn(aResponse().withStatus(401)));
    assertThatThrownBy(() -> write.call().apply(client())).isInstanceOf(UnauthorizedException.class);
    server.verify(2, anyRequestedFor(anyUrl()));
  }

  @ParameterizedTest
  @MethodSource("writes")
  void anUnreadableSuccessSaysTheOutcomeIsNotProven(Write write) {
    if (write.response().isEmpty()) {
      server.stubFor(stub(write).willReturn(aResponse().withStatus(200).withBody("<html>ok</html>")));
      write.call().apply(client()); // an operation ignores its body: 200 is success
      return;
    }
    server.stubFor(stub(write).willReturn(aResponse().withStatus(write.status()).withBody("{\"data\": {")));

    assertThatThrownBy(() -> write.call().apply(client())).isInstanceOf(ResponseDecodingException.class)
        .hasMessageContaining("may or may not have acted").hasMessageContaining("Look the record up before sending it again");
    server.verify(1, anyRequestedFor(anyUrl()));
  }

  @ParameterizedTest
  @MethodSource("writes")
  void aTimeoutIsNotResent(Write write) throws IOException, InterruptedException {
    try (SilentServer silent = new SilentServer()) {
      ActivePlatformClient impatient = ActivePlatformClient.builder().baseUrl(silent.baseUrl()).apiToken(TOKEN)
          .clock(time).sleeper(time).readTimeout(Duration.ofSeconds(1)).build();

      assertThatThrownBy(() -> write.call().apply(impatient)).isInstanceOfSatisfying(ApiConnectionException.class, e -> {
        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(e.getMessage()).contains("read timeout").contains(write.howToCheck());
      });
      assertThat(silent.requestLines(1)).containsExactly(write.method() + " " + write.path() + " HTTP/1.1");
    }
  }

  @ParameterizedTest
  @MethodSource("writes")
  void aRefusedConnectionIsRetriedBecauseNothingWasSent(Write write) throws IOException {
    int port;
    try (java.net.ServerSocket closed = new java.net.ServerSocket(0)) {
      port = closed.getLocalPort();
    }
    ActivePlatformClient nowhere = ActivePlatformClient.builder().baseUrl("http://localhost:" + port).apiToken(TOKEN)
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).jitter(0).build()).clock(time).sleeper(time).build();

    assertThatThrownBy(() -> write.call().apply(nowhere)).isInstanceOfSatisfying(ApiConnectionException.class,
        e -> assertThat(e.outcomeUnknown()).isFalse());
    assertThat(time.sleeps()).hasSize(1);
  }
}
