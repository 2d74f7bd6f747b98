package dev.apiclients.libib;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.apiclients.libib.LibibTestSupport.INTERVAL;
import static dev.apiclients.libib.LibibTestSupport.KEY;
import static dev.apiclients.libib.LibibTestSupport.USER;
import static dev.apiclients.libib.LibibTestSupport.builder;
import static dev.apiclients.libib.LibibTestSupport.patronJson;
import static dev.apiclients.libib.LibibTestSupport.patronPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.CallTimeoutException;
import dev.apiclients.http.NotFoundException;
import dev.apiclients.http.observation.CallInfo;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.RecordingListener;
import dev.apiclients.http.testing.Stubs;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Operation names and URL templates, headers of one's own, request ids and call timeouts. */
class InProductionTest {

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final FakeTime time = new FakeTime();
  private final RecordingListener listener = new RecordingListener();

  @Test
  void everyOperationIsReportedByNameWithItsUrlTemplate() {
    server.stubFor(get(urlPathEqualTo("/patrons/frankenstein%40example.com")).willReturn(okJson(patronJson(1))));
    server.stubFor(get(urlEqualTo("/patrons?page=1")).willReturn(okJson(patronPage(1, 1))));
    server.stubFor(post(urlPathEqualTo("/patrons")).willReturn(okJson(patronJson(2))));
    server.stubFor(get(urlEqualTo("/")).willReturn(okJson("{}")));
    LibibClient libib = builder(server, time).callListener(listener).build();

    libib.patrons().getPatronById("frankenstein@example.com");
    libib.patrons().getPatrons();
    libib.patrons().createPatron(PatronFields.builder().firstName("Mary").lastName("Shelley").build());
    libib.verifyCredentials();

    assertThat(listener.calls()).containsExactly(
        new CallInfo("libib", "libib.patrons.get", "GET", "/patrons/{id}"),
        new CallInfo("libib", "libib.patrons.list", "GET", "/patrons"),
        new CallInfo("libib", "libib.patrons.create", "POST", "/patrons"),
        new CallInfo("libib", "libib.credentials.verify", "GET", "/"));
    // Paced: each call after the first waited for its slot, and said so before its attempt.
    assertThat(listener.events()).containsSubsequence(
        "start libib.patrons.list GET /patrons", "pacing " + INTERVAL, "attempt 1", "ended 1 200",
        "end SUCCESS 200 attempts=1");
    assertThat(listener.events()).noneMatch(event -> event.contains("frankenstein") || event.contains("Mary"));
  }

  @Test
  void theClientsOwnHeadersAndTheUsersAreSentExactly() {
    server.stubFor(get(urlPathEqualTo("/patrons/1")).willReturn(okJson(patronJson(1))));
    LibibClient libib = builder(server, time).userAgent("library-sync/1.4").defaultHeader("X-Branch", "north")
        .requestHook((call, headers) -> headers.set("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"))
        .build();

    libib.patrons().getPatronById("1");

    server.verify(getRequestedFor(urlPathEqualTo("/patrons/1"))
        .withHeader("x-api-key", equalTo(KEY))
        .withHeader("x-api-user", equalTo(USER))
        .withHeader("Accept", equalTo("application/json"))
        .withHeader("User-Agent", equalTo("dev.apiclients-java/0.1.0 library-sync/1.4"))
        .withHeader("X-Branch", equalTo("north"))
        .withHeader("traceparent", equalTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")));
    assertThatThrownBy(() -> builder(server, time).defaultHeader("X-API-USER", "other").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("credential header");
  }

  @Test
  void theRequestIdComesFromXRequestIdByDefault() {
    server.stubFor(get(urlPathEqualTo("/patrons/9")).willReturn(aResponse().withStatus(404)
        .withHeader("X-Request-Id", "libib-req-77")));

    assertThatThrownBy(() -> builder(server, time).build().patrons().getPatronById("9"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.requestId()).contains("libib-req-77"));
  }

  @Test
  void aViewStopsAPacedListingAtItsDeadlineAndSharesTheClientsPacing() {
    server.stubFor(get(urlPathEqualTo("/patrons/1")).willReturn(okJson(patronJson(1))));
    for (int page = 1; page <= 20; page++) {
      server.stubFor(get(urlEqualTo("/patrons?page=" + page)).willReturn(okJson(patronPage(page, 1000))));
    }
    // Long intervals, so that each page's attempt still has seconds of real time left for its answer.
    Duration interval = Duration.ofSeconds(20);
    LibibClient libib = builder(server, time).requestInterval(interval).build();
    LibibClient bounded = libib.withCallTimeout(Duration.ofSeconds(90));

    // Pages start 20 s apart: at 0, 20, 40, 60 and 80 s; the sixth would start at 100 s.
    assertThatThrownBy(() -> bounded.patrons().getPatrons())
        .isInstanceOfSatisfying(CallTimeoutException.class, e -> {
          assertThat(e.timeout()).isEqualTo(Duration.ofSeconds(90));
          assertThat(e.getMessage()).contains("GET " + server.baseUrl() + "/patrons?page=6",
              "listing's call timeout of 90 s: its pacing slot was 20 s away. It got this far: 0 attempts,"
                  + " 0 s waited for pacing (the listing before it: 5 requests, 80 s waited for pacing)");
        });
    server.verify(5, getRequestedFor(urlPathEqualTo("/patrons")));
    assertThat(time.sleeps()).containsOnly(interval).hasSize(4);

    // The client and the view pace together: the client's next request waits for the same slot.
    bounded.close();
    libib.patrons().getPatronById("1");
    assertThat(time.sleeps()).hasSize(5);
    assertThat(bounded.currentRequestInterval()).isEqualTo(libib.currentRequestInterval());
  }
}
