package dev.apiclients.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apiclients.http.ApiConnectionException;
import dev.apiclients.http.NotFoundException;
import dev.apiclients.http.RateLimitedException;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.http.ServerException;
import dev.apiclients.libib.LibibClient;
import dev.apiclients.libib.PatronFields;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One test per fault switch and quirk a user can turn on, seen through the client a user gets. */
@ExtendWith(LibibSandboxExtension.class)
class FaultSwitchTest {

  private static final PatronFields ADA = PatronFields.builder().firstName("Ada").lastName("Lovelace").build();

  @Test
  void failNthRequestAnswersThatRequestOnlyWithTheStatusAndChangesNothing(LibibClient libib, Sandbox sandbox) {
    sandbox.libib().failNthRequest(2, 503);

    libib.accounts().getAccounts();
    assertThatThrownBy(() -> libib.patrons().createPatron(ADA))
        .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.status()).isEqualTo(503));
    libib.patrons().createPatron(ADA);

    assertThat(sandbox.libib().writes()).extracting(RecordedRequest::status).containsExactly(503, 200);
    assertThat(sandbox.libib().patrons()).filteredOn(p -> "Ada".equals(p.firstName())).hasSize(1);
  }

  @Test
  void resetNthRequestDropsTheConnection(LibibClient libib, Sandbox sandbox) {
    sandbox.libib().resetNthRequest(1);

    assertThatThrownBy(() -> libib.patrons().createPatron(ADA)).isInstanceOf(ApiConnectionException.class);
    assertThat(sandbox.libib().writes()).extracting(RecordedRequest::status).containsExactly(0);
    assertThat(sandbox.libib().patrons()).hasSize(137);
  }

  @Test
  void delaySlowsEveryAnswerPastAClientsReadTimeout(Sandbox sandbox) {
    sandbox.libib().delay(Duration.ofMillis(300));
    try (LibibClient impatient = LibibClient.builder().baseUrl(sandbox.libibBaseUrl())
        .apiKey(Sandbox.LIBIB_API_KEY).apiUser(Sandbox.LIBIB_API_USER).requestInterval(Duration.ZERO)
        .retryPolicy(RetryPolicy.none()).readTimeout(Duration.ofMillis(50)).build()) {
      assertThatThrownBy(() -> impatient.accounts().getAccounts()).isInstanceOf(ApiConnectionException.class);
    }
    assertThatThrownBy(() -> sandbox.libib().delay(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rateLimitWritesAnswers429WithRetryAfterWhenWritesComeTooFast(LibibClient libib, Sandbox sandbox) {
    sandbox.libib().rateLimitWrites(LibibSandbox.OBSERVED_WRITE_INTERVAL);

    libib.patrons().createPatron(ADA);
    libib.patrons().getPatrons(); // reads are not limited
    assertThatThrownBy(() -> libib.patrons().updatePatron(Sandbox.PATRON_WITH_CHECKOUTS,
        PatronFields.builder().phone("555-0100").build()))
        .isInstanceOfSatisfying(RateLimitedException.class,
            e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(3)));
    assertThat(sandbox.libib().writes()).extracting(RecordedRequest::status).containsExactly(200, 429);
  }

  @Test
  void aWriteThatWaitedTheIntervalIsLetThrough() throws Exception {
    AtomicLong now = new AtomicLong();
    try (Sandbox sandbox = Sandbox.start(0, now::get)) {
      sandbox.libib().rateLimitWrites(Duration.ofSeconds(3));
      String patrons = sandbox.libibBaseUrl() + "/patrons?first_name=A&last_name=B";
      assertThat(post(patrons)).isEqualTo(200);
      now.addAndGet(Duration.ofMillis(2_999).toNanos());
      assertThat(post(patrons)).isEqualTo(429);
      now.addAndGet(Duration.ofMillis(1).toNanos());
      assertThat(post(patrons)).isEqualTo(200);
    }
  }

  @Test
  void anUnknownPatronIsABlank200ByDefaultOr404OnRequest(LibibClient libib, Sandbox sandbox) throws Exception {
    String url = sandbox.libibBaseUrl() + "/patrons/nobody%40example.com";
    HttpResponse<String> blank = SandboxTest.send(authorized(url));
    assertThat(blank.statusCode()).isEqualTo(200);
    assertThat(SandboxTest.json(blank)).isEqualTo(SandboxTest.BLANK_PATRON);

    sandbox.libib().unknownPatronAnswer(UnknownPatronAnswer.NOT_FOUND_404);
    assertThat(SandboxTest.send(authorized(url)).statusCode()).isEqualTo(404);
    assertThatThrownBy(() -> libib.patrons().getPatronById("nobody@example.com"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void resetTurnsEverySwitchOffAndForgetsTheRecord(LibibClient libib, Sandbox sandbox) throws Exception {
    sandbox.libib().failNthRequest(1, 500);
    sandbox.libib().rateLimitWrites(Duration.ofHours(1));
    sandbox.libib().unknownPatronAnswer(UnknownPatronAnswer.NOT_FOUND_404);
    sandbox.libib().clearPatrons();
    sandbox.activePlatform().failNthRequest(1, 500);

    sandbox.reset();

    libib.patrons().createPatron(ADA);
    libib.patrons().createPatron(PatronFields.builder().firstName("Charles").lastName("Babbage").build());
    assertThat(SandboxTest.send(authorized(sandbox.libibBaseUrl() + "/patrons/nobody%40example.com")).statusCode())
        .isEqualTo(200);
    assertThat(sandbox.libib().patrons()).hasSize(139);
    assertThat(sandbox.activePlatform().managerCount()).isEqualTo(120);
    assertThat(sandbox.activePlatform().requests()).isEmpty();
  }

  @Test
  void switchesRefuseBadArguments(Sandbox sandbox) {
    assertThatThrownBy(() -> sandbox.libib().failNthRequest(0, 503)).hasMessageContaining("n must be");
    assertThatThrownBy(() -> sandbox.libib().failNthRequest(1, 200)).hasMessageContaining("status");
    assertThatThrownBy(() -> sandbox.libib().rateLimitWrites(Duration.ofSeconds(-1))).hasMessageContaining("minInterval");
  }

  private static HttpRequest.Builder authorized(String url) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("x-api-key", Sandbox.LIBIB_API_KEY).header("x-api-user", Sandbox.LIBIB_API_USER);
  }

  private static int post(String url) throws Exception {
    return SandboxTest.send(authorized(url).POST(HttpRequest.BodyPublishers.noBody())).statusCode();
  }
}
