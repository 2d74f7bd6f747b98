package dev.apiclients.libib;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.apiclients.libib.LibibTestSupport.patronPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.ApiConnectionException;
import dev.apiclients.http.ApiException;
import dev.apiclients.http.ServerException;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.Stubs;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Listings and creates under seeded network and server faults: nothing lost, nothing duplicated. */
class FaultToleranceTest {

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final FakeTime time = new FakeTime();

  /** The faults a page or create may meet. */
  enum Failure {
    RESET, EMPTY_RESPONSE, MALFORMED_CHUNK, SERVICE_UNAVAILABLE, RATE_LIMITED;

    ResponseDefinitionBuilder response() {
      return switch (this) {
        case RESET -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
        case EMPTY_RESPONSE -> aResponse().withFault(Fault.EMPTY_RESPONSE);
        case MALFORMED_CHUNK -> aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK);
        case SERVICE_UNAVAILABLE -> aResponse().withStatus(503).withBody("<html>maintenance</html>");
        case RATE_LIMITED -> aResponse().withStatus(429).withHeader("Retry-After", "1");
      };
    }
  }

  @Test
  void aFiveHundredPatronListingUnderSeededFaultsDeliversEveryPatronExactlyOnce() {
    Random random = new Random(20261124);
    int total = 500;
    int faults = 0;
    for (int page = 1; page <= 10; page++) {
      List<ResponseDefinitionBuilder> responses = new ArrayList<>();
      while (responses.size() < 3 && random.nextDouble() < 0.3) {
        responses.add(Failure.values()[random.nextInt(Failure.values().length)].response());
      }
      faults += responses.size();
      responses.add(okJson(patronPage(page, total)));
      int number = page;
      Stubs.sequence(server, () -> get(urlEqualTo("/patrons?page=" + number)), responses);
    }
    LibibClient libib = LibibTestSupport.client(server, time);

    List<Patron> patrons = libib.patrons().getPatrons();

    assertThat(faults).as("the seed injects faults").isGreaterThan(0);
    assertThat(patrons).extracting(Patron::firstName)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, total).mapToObj(n -> "First" + n).toList());
  }

  @ParameterizedTest
  @EnumSource(value = Failure.class, names = {"RESET", "EMPTY_RESPONSE", "MALFORMED_CHUNK", "SERVICE_UNAVAILABLE"})
  void aCreateThatMayHaveReachedTheServerIsSentOnceAndSaysTheOutcomeIsUnknown(Failure failure) {
    server.stubFor(post(urlPathEqualTo("/patrons")).willReturn(failure.response()));
    LibibClient libib = LibibTestSupport.client(server, time);

    Throwable thrown = catchThrowable(() -> libib.patrons().createPatron(
        PatronFields.builder().firstName("Mary").lastName("Shelley").build()));

    server.verify(1, postRequestedFor(urlPathEqualTo("/patrons")));
    assertThat(thrown).isInstanceOf(ApiException.class).hasMessageContaining("outcome is unknown");
    if (thrown instanceof ApiConnectionException connection) {
      assertThat(connection.outcomeUnknown()).isTrue();
    } else {
      assertThat(thrown).isInstanceOf(ServerException.class);
    }
  }

  @Test
  void aRateLimitedCreateIsResentBecauseTheServerDidNotActAndIsCreatedOnce() {
    Stubs.sequence(server, () -> post(urlPathEqualTo("/patrons")),
        List.of(Failure.RATE_LIMITED.response(), Failure.RATE_LIMITED.response(), okJson(LibibTestSupport.patronJson(7))));
    LibibClient libib = LibibTestSupport.client(server, time);

    Patron created = libib.patrons().createPatron(PatronFields.builder().firstName("Mary").lastName("Shelley").build());

    assertThat(created.barcode()).isEqualTo("2020000000007");
    assertThat(server.getAllServeEvents()).extracting(event -> event.getResponse().getStatus())
        .containsExactlyInAnyOrder(429, 429, 200);
  }
}
