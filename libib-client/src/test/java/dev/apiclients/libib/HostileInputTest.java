package dev.apiclients.libib;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.apiclients.http.ApiException;
import dev.apiclients.http.LogLevel;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.HostileBodies;
import dev.apiclients.http.testing.LogCapture;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import dev.apiclients.http.testing.Stubs;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Generated hostile bodies and identifiers never escape as anything but the library's own exceptions. */
class HostileInputTest {

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final FakeTime time = new FakeTime();
  private final LibibClient libib = LibibTestSupport.builder(server, time)
      .retryPolicy(RetryPolicy.none()).requestInterval(java.time.Duration.ZERO).build();

  private static final String MANAGERS = "{\"total\":2,\"managers\":[{\"first_name\":\"Larry\",\"last_name\":\"McMurtry\","
      + "\"email\":\"lonesome@example.com\",\"role\":\"owner\"},{\"first_name\":\"Sam\",\"last_name\":\"G\","
      + "\"email\":\"sam@example.com\",\"role\":\"lender\"}]}";
  private static final String ACCOUNTS = "{\"accounts\":[{\"organization\":\"Shire\",\"api_id\":\"1\",\"email\":\"a@b.c\","
      + "\"first_name\":\"L\",\"last_name\":\"M\",\"manager_seats\":5,\"url\":\"shire\",\"authorized\":true}]}";

  private void assertOnlyLibraryExceptions(String valid, long seed, Consumer<LibibClient> call) {
    List<byte[]> bodies = HostileBodies.generate(valid, 210, seed);
    int failures = 0;
    for (byte[] body : bodies) {
      server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
      Throwable thrown = catchThrowable(() -> call.accept(libib));
      if (thrown != null) {
        failures++;
        assertThat(thrown).as(new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8))
            .isInstanceOf(ApiException.class);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
          assertThat(t.getClass().getName()).doesNotStartWith("feign.").doesNotStartWith("com.fasterxml.");
        }
      }
    }
    assertThat(bodies).hasSizeGreaterThanOrEqualTo(200);
    assertThat(failures).as("most hostile bodies are rejected").isGreaterThan(bodies.size() / 3);
  }

  @Test
  void patronPages() {
    assertOnlyLibraryExceptions(LibibTestSupport.patronPage(1, 3), 1, client -> client.patrons().streamPatrons().limit(120).count());
  }

  @Test
  void singlePatrons() {
    assertOnlyLibraryExceptions(LibibTestSupport.patronJson(1), 2, client -> client.patrons().getPatronById("1"));
  }

  @Test
  void managers() {
    assertOnlyLibraryExceptions(MANAGERS, 3, client -> client.managers().getManagers());
  }

  @Test
  void accounts() {
    assertOnlyLibraryExceptions(ACCOUNTS, 4, client -> client.accounts().getAccounts());
  }

  @Test
  void hostileErrorBodiesStillGiveTypedExceptions() {
    Random random = new Random(5);
    for (byte[] body : HostileBodies.generate("{\"error\":\"Patron has active checkouts\"}", 200, 5)) {
      int status = new int[] {400, 401, 403, 404, 409, 422, 500, 502}[random.nextInt(8)];
      server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withBody(body)));
      Throwable thrown = catchThrowable(() -> libib.patrons().deletePatron("1"));
      assertThat(thrown).isInstanceOf(ApiException.class);
      assertThat(((ApiException) thrown).status()).isEqualTo(status);
    }
  }

  @Test
  void generatedIdentifiersReachTheServerAsExactlyOnePathSegment() {
    server.stubFor(get(anyUrl()).willReturn(okJson(LibibTestSupport.patronJson(1))));
    String alphabet = "ab/..?#%+ é日@&=;:~\\";
    Random random = new Random(6);
    List<String> identifiers = new ArrayList<>(List.of("/", "../x", "?", "#", "%", "+", "%2F", "ü", "a b", "..."));
    while (identifiers.size() < 200) {
      StringBuilder id = new StringBuilder();
      for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
        id.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      if (!id.toString().isBlank() && !id.toString().equals(".") && !id.toString().equals("..")) {
        identifiers.add(id.toString());
      }
    }
    for (String id : identifiers) {
      server.resetRequests();
      libib.patrons().getPatronById(id);
      ServeEvent event = server.getAllServeEvents().get(0);
      String rawPath = event.getRequest().getUrl();
      assertThat(rawPath).as(id).startsWith("/patrons/").doesNotContain("?").doesNotContain("#");
      String segment = rawPath.substring("/patrons/".length());
      assertThat(segment).as(id).doesNotContain("/");
      assertThat(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8)).as(id).isEqualTo(id);
    }
  }

  @Test
  void noSecretInAnyLogLineMessageOrToStringAtAnyLevel() {
    String password = "Sup3r-secret-pw";
    // The server echoes back the secrets it received: the credentials always, the password on writes.
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(400)
        .withBody("{\"error\":\"echo " + LibibTestSupport.KEY + " " + password + "\"}")));
    server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(400)
        .withBody("{\"error\":\"echo " + LibibTestSupport.KEY + " " + LibibTestSupport.USER + "\"}")));
    List<String> texts = new ArrayList<>();
    for (LogLevel level : LogLevel.values()) {
      try (LogCapture logs = LogCapture.start()) {
        LibibClient client = LibibTestSupport.builder(server, time).logLevel(level).apiUltimate("ultimate-zz-9").build();
        NewManager manager = NewManager.builder().email("x@example.com").firstName("X").lastName("Y")
            .password(password).role(ManagerRole.ADMIN).build();
        PatronFields fields = PatronFields.builder().firstName("A").lastName("B").password(password).build();
        texts.add(catchThrowable(() -> client.managers().createManager(manager)).getMessage());
        texts.add(catchThrowable(() -> client.patrons().createPatron(fields)).getMessage());
        texts.add(catchThrowable(() -> client.patrons().updatePatron("1", fields)).getMessage());
        ApiException e = (ApiException) catchThrowable(() -> client.patrons().getPatrons());
        texts.add(e.getMessage() + e.url() + e.body() + e.response());
        texts.add(client.toString() + manager + fields + PatronFields.builder().password(password));
        texts.add(logs.text());
      }
    }
    assertThat(String.join("\n", texts)).doesNotContain(LibibTestSupport.KEY).doesNotContain(LibibTestSupport.USER)
        .doesNotContain("ultimate-zz-9").doesNotContain(password);
  }

  @Test
  void aPageCountThatNeverEndsIsStillBoundedByTheCaller() {
    server.stubFor(get(urlPathEqualTo("/patrons")).willReturn(okJson(
        "{\"total\":999999999,\"pages\":999999999,\"patrons\":[" + LibibTestSupport.patronJson(1) + "]}")));

    assertThat(libib.patrons().streamPatrons().limit(5).count()).isEqualTo(5);
    assertThat(server.getAllServeEvents()).hasSize(5);
  }
}
