package dev.apiclients.libib;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.apiclients.libib.LibibTestSupport.patronPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.Stubs;
import dev.apiclients.libib.ImportedRow.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How apply reports what the sandbox cannot show: a lost answer to an update and to a create
 * without email, an unreadable answer to a create; and the progress estimate on the client's pace.
 */
class PatronImportApplyTest {

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final FakeTime time = new FakeTime();

  @Test
  void eachLostOrUnreadableAnswerIsReportedForWhatItMeansAndNothingIsResent() {
    server.stubFor(get(urlEqualTo("/patrons?page=1")).willReturn(okJson(patronPage(1, 1))));
    server.stubFor(post(urlPathEqualTo("/patrons/2020000000001"))
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(post(urlPathEqualTo("/patrons")).withQueryParam("email", absent())
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(post(urlPathEqualTo("/patrons")).withQueryParam("email", equalTo("ada@example.com"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"barc")));
    List<PatronFields> rows = List.of(
        PatronFields.builder().email("P1@example.com").phone("555-0100").build(),
        PatronFields.builder().firstName("No").lastName("Email").build(),
        PatronFields.builder().firstName("Ada").lastName("Lovelace").email("ada@example.com").build());

    ImportReport report;
    try (LibibClient libib = LibibTestSupport.client(server, time)) {
      PatronImport members = PatronImport.of(libib);
      report = members.apply(members.plan(rows));
    }

    assertThat(report.rows()).extracting(ImportedRow::outcome)
        .containsExactly(Outcome.OUTCOME_UNKNOWN, Outcome.OUTCOME_UNKNOWN, Outcome.OUTCOME_UNKNOWN);
    assertThat(report.rows().get(0).error()).contains("update").contains("only if the fields still differ");
    assertThat(report.rows().get(0).barcode()).isEqualTo("2020000000001");
    assertThat(report.rows().get(1).error()).contains("no barcode or email").contains("check Libib");
    assertThat(report.rows().get(2).error()).contains("not with a patron").contains("finds it by email");
    assertThat(report.unrecognisable()).extracting(ImportedRow::rowNumber).containsExactly(2);
    assertThat(report.needsRerun()).isTrue();
    server.verify(1, postRequestedFor(urlPathEqualTo("/patrons/2020000000001")));
    server.verify(2, postRequestedFor(urlPathEqualTo("/patrons")));
  }

  /** A 2xx whose body is not a patron proves nothing; nor does a 5xx. */
  @ParameterizedTest
  @ValueSource(strings = {"200:{\"error\": \"Invalid API key\"}", "200:{\"status\":\"error\",\"message\":\"quota\"}",
      "200:<html><body><form action=/login>Sign in to the network</form></body></html>", "500:{\"error\":\"oops\"}",
      "502:<html>Bad gateway</html>", "504:"})
  void aCreateAnsweredByNoPatronOrA5xxIsUnknownNeverCreatedNorFailed(String answer) {
    int status = Integer.parseInt(answer.substring(0, 3));
    server.stubFor(get(urlEqualTo("/patrons?page=1")).willReturn(okJson(patronPage(1, 1))));
    server.stubFor(post(urlPathEqualTo("/patrons")).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", answer.contains("<html") ? "text/html" : "application/json")
        .withBody(answer.substring(4))));
    List<PatronFields> rows = List.of(
        PatronFields.builder().firstName("Ada").lastName("Lovelace").email("ada@example.com").build(),
        PatronFields.builder().firstName("No").lastName("Key").build());

    ImportReport report;
    try (LibibClient libib = LibibTestSupport.client(server, time)) {
      report = libib.patronImport().apply(libib.patronImport().plan(rows));
    }

    assertThat(report.rows()).extracting(ImportedRow::outcome)
        .containsExactly(Outcome.OUTCOME_UNKNOWN, Outcome.OUTCOME_UNKNOWN);
    assertThat(report.rows().get(0).error()).contains("finds it by email if it exists").doesNotContain("SUCCEEDED");
    assertThat(report.rows().get(1).error()).contains("no barcode or email to find it by");
    assertThat(report.unrecognisable()).extracting(ImportedRow::rowNumber).containsExactly(2);
    assertThat(report.needsRerun()).isTrue();
    server.verify(2, postRequestedFor(urlPathEqualTo("/patrons")));
  }

  @Test
  void theProgressEstimateIsTheWritesLeftAtTheCurrentPace() {
    server.stubFor(get(urlEqualTo("/patrons?page=1")).willReturn(okJson(patronPage(1, 1))));
    server.stubFor(post(urlPathEqualTo("/patrons")).willReturn(okJson(LibibTestSupport.patronJson(7))));
    List<PatronFields> rows = List.of(PatronFields.builder().email("p1@example.com").build(),
        PatronFields.builder().firstName("A").lastName("B").build(),
        PatronFields.builder().firstName("C").lastName("D").build());
    List<ImportProgress> seen = new ArrayList<>();

    try (LibibClient libib = LibibTestSupport.client(server, time)) {
      PatronImport members = PatronImport.of(libib);
      members.apply(members.plan(rows), seen::add);
      assertThatThrownBy(() -> members.apply(null)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> members.plan(null)).isInstanceOf(IllegalArgumentException.class);
    }

    // writes left times the write interval: 3 s, Libib's observed write limit
    assertThat(seen).containsExactly(new ImportProgress(1, 2, 2, Duration.ofSeconds(6)),
        new ImportProgress(2, 1, 1, Duration.ofSeconds(3)), new ImportProgress(3, 0, 0, Duration.ZERO));
    assertThatThrownBy(() -> PatronImport.of(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
