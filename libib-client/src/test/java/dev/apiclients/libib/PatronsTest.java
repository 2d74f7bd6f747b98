package dev.apiclients.libib;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.apiclients.libib.LibibTestSupport.INTERVAL;
import static dev.apiclients.libib.LibibTestSupport.KEY;
import static dev.apiclients.libib.LibibTestSupport.USER;
import static dev.apiclients.libib.LibibTestSupport.client;
import static dev.apiclients.libib.LibibTestSupport.patronPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.ApiConnectionException;
import dev.apiclients.http.BadRequestException;
import dev.apiclients.http.LogLevel;
import dev.apiclients.http.NotFoundException;
import dev.apiclients.http.PaginationException;
import dev.apiclients.http.ResponseDecodingException;
import dev.apiclients.http.ServerException;
import dev.apiclients.http.paging.PageProgress;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.LogCapture;
import dev.apiclients.http.testing.Stubs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PatronsTest {

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final FakeTime time = new FakeTime();
  private final LibibClient libib = client(server, time);

  private static final String MARY = """
      {"barcode": "2020000000013", "first_name": "Mary", "last_name": "Shelley",
       "email": "frankenstein@example.com", "notification_emails": "mary@example.org", "tags": "gothic",
       "patron_id": "mshelley", "phone": "555-123-4567", "address1": "1 Lake Geneva", "address2": "Villa Diodati",
       "city": "Augusta", "state": "KS", "country": "US", "zip": "67010", "freeze": null}""";

  private void stubThreePages() {
    for (int page = 1; page <= 3; page++) {
      server.stubFor(get(urlEqualTo("/patrons?page=" + page)).willReturn(okJson(patronPage(page, 137))));
    }
  }

  @Test
  void getPatronsWalksThreePagesWithEveryPatronOnceInOrderPacedByTheInterval() {
    stubThreePages();

    List<Patron> patrons = libib.patrons().getPatrons();

    assertThat(patrons).hasSize(137);
    assertThat(patrons).extracting(Patron::firstName)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 137).mapToObj(n -> "First" + n).toList());
    for (int page = 1; page <= 3; page++) {
      server.verify(1, getRequestedFor(urlEqualTo("/patrons?page=" + page))
          .withHeader("x-api-key", equalTo(KEY)).withHeader("x-api-user", equalTo(USER)));
    }
    server.verify(3, getRequestedFor(urlPathEqualTo("/patrons")));
    assertThat(time.sleeps()).containsExactly(INTERVAL, INTERVAL);
  }

  @Test
  void everyRequestIsPacedNotOnlyPages() {
    server.stubFor(get(urlEqualTo("/patrons/2020000000013")).willReturn(okJson(MARY)));
    server.stubFor(delete(urlEqualTo("/patrons/2020000000013")).willReturn(aResponse().withStatus(204)));

    libib.patrons().getPatronById("2020000000013");
    libib.patrons().deletePatron("2020000000013");
    time.advance(Duration.ofMillis(1500));
    libib.patrons().getPatronById("2020000000013");

    assertThat(time.sleeps()).containsExactly(INTERVAL, Duration.ofMillis(500));
  }

  @Test
  void streamPatronsIsLazyAndStopsAfterSixtyWithTwoRequests() {
    stubThreePages();

    Stream<Patron> stream = libib.patrons().streamPatrons();
    server.verify(0, anyRequestedFor(anyUrl()));
    List<Patron> first60 = stream.limit(60).toList();

    assertThat(first60).hasSize(60).last().extracting(Patron::firstName).isEqualTo("First60");
    server.verify(1, getRequestedFor(urlEqualTo("/patrons?page=1")));
    server.verify(1, getRequestedFor(urlEqualTo("/patrons?page=2")));
    server.verify(2, anyRequestedFor(anyUrl()));
  }

  @Test
  void streamPatronsReportsProgress() {
    stubThreePages();
    List<PageProgress> progress = new ArrayList<>();

    assertThat(libib.patrons().streamPatrons(progress::add).count()).isEqualTo(137);

    assertThat(progress).containsExactly(
        new PageProgress(1, 50, OptionalLong.of(137)), new PageProgress(2, 100, OptionalLong.of(137)),
        new PageProgress(3, 137, OptionalLong.of(137)));
  }

  @Test
  void anEmptyListingSendsOneRequest() {
    server.stubFor(get(urlEqualTo("/patrons?page=1")).willReturn(okJson("{\"total\":0,\"pages\":0,\"max_per_page\":50,\"patrons\":[]}")));

    assertThat(libib.patrons().getPatrons()).isEmpty();
    server.verify(1, anyRequestedFor(anyUrl()));
  }

  /** Without "pages", read until an empty page; never a silently short listing. */
  @Test
  void aListingWithoutAPageCountReadsUntilAnEmptyPage() {
    for (int page = 1; page <= 3; page++) {
      server.stubFor(get(urlEqualTo("/patrons?page=" + page)).willReturn(okJson(
          patronPage(page, 120).replaceFirst(",\"pages\":\\d+", ""))));
    }
    server.stubFor(get(urlEqualTo("/patrons?page=4")).willReturn(okJson("{\"total\":120,\"patrons\":[]}")));

    assertThat(libib.patrons().getPatrons()).hasSize(120).doesNotHaveDuplicates();
    server.verify(4, anyRequestedFor(anyUrl()));
  }

  @Test
  void aListingEndingShortOfItsTotalFailsAfterHandingOutWhatItRead() {
    server.stubFor(get(urlEqualTo("/patrons?page=1")).willReturn(okJson(
        patronPage(1, 120).replaceFirst("\"pages\":\\d+", "\"pages\":1"))));
    List<Patron> seen = new ArrayList<>();

    assertThatThrownBy(() -> libib.patrons().streamPatrons().forEach(seen::add))
        .isInstanceOf(PaginationException.class).hasMessageContaining("after 50 patrons although it announced 120");
    assertThat(seen).hasSize(50);
    server.stubFor(get(urlEqualTo("/patrons?page=1")).willReturn(okJson(
        patronPage(1, 120).replaceFirst(",\"pages\":\\d+", ""))));
    server.stubFor(get(urlEqualTo("/patrons?page=2")).willReturn(okJson("{\"total\":120,\"patrons\":[]}")));
    assertThatThrownBy(() -> libib.patrons().getPatrons()).isInstanceOf(PaginationException.class)
        .hasMessageContaining("ended at page 2 after 50 patrons although it announced 120");
  }

  @Test
  void aPageFailingWith503IsRetriedAndTheListingCompletes() {
    server.stubFor(get(urlEqualTo("/patrons?page=1")).willReturn(okJson(patronPage(1, 137))));
    Stubs.sequence(server, () -> get(urlEqualTo("/patrons?page=2")), List.of(
        aResponse().withStatus(503), aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK), okJson(patronPage(2, 137))));
    server.stubFor(get(urlEqualTo("/patrons?page=3")).willReturn(okJson(patronPage(3, 137))));

    assertThat(libib.patrons().getPatrons()).hasSize(137).doesNotHaveDuplicates();
    server.verify(3, getRequestedFor(urlEqualTo("/patrons?page=2")));
  }

  @Test
  void getPatronByIdDecodesAllFifteenFields() {
    server.stubFor(get(urlEqualTo("/patrons/frankenstein%40example.com")).willReturn(okJson(MARY)));

    Patron mary = libib.patrons().getPatronById("frankenstein@example.com");

    assertThat(mary).isEqualTo(new Patron("2020000000013", "Mary", "Shelley", "frankenstein@example.com",
        "mary@example.org", "gothic", "mshelley", "555-123-4567", "1 Lake Geneva", "Villa Diodati", "Augusta",
        "KS", "US", "67010", null));
    server.verify(1, getRequestedFor(urlEqualTo("/patrons/frankenstein%40example.com"))
        .withHeader("x-api-key", equalTo(KEY)).withHeader("x-api-user", equalTo(USER)));
  }

  @Test
  void freezeAcceptsNullZeroOneAndText() {
    String template = "{\"barcode\":\"1\",\"first_name\":\"A\",\"freeze\":%s}";
    String[][] cases = {{"null", null}, {"0", "false"}, {"1", "true"}, {"\"1\"", "true"}, {"\"0\"", "false"},
        {"true", "true"}, {"false", "false"}, {"2", "true"}, {"\" Yes \"", "true"}, {"\"\"", null}};
    for (String[] c : cases) {
      server.stubFor(get(urlEqualTo("/patrons/1")).willReturn(okJson(String.format(template, c[0]))));
      Boolean freeze = libib.patrons().getPatronById("1").freeze();
      assertThat(freeze).as(c[0]).isEqualTo(c[1] == null ? null : Boolean.valueOf(c[1]));
    }
    for (String wrong : List.of("\"maybe\"", "[1]", "{\"a\":1}")) {
      server.stubFor(get(urlEqualTo("/patrons/1")).willReturn(okJson(String.format(template, wrong))));
      assertThatThrownBy(() -> libib.patrons().getPatronById("1")).as(wrong)
          .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("freeze");
    }
  }

  @Test
  void aPatronWrappedAsTheOnlyFieldIsUnwrappedAndAnyOtherObjectIsBoundWhole() {
    String[][] cases = {
        {"{\"patron\": " + MARY + "}", "2020000000013"},
        {"{\"patron\": {\"barcode\": \"1\"}, \"barcode\": \"7\"}", "7"},
        {"{\"barcode\": \"7\", \"patron\": {\"barcode\": \"1\"}}", "7"},
        {"{\"patron\": \"not an object\", \"barcode\": \"7\"}", "7"}};
    for (String[] c : cases) {
      server.stubFor(get(urlEqualTo("/patrons/x")).willReturn(okJson(c[0])));
      assertThat(libib.patrons().getPatronById("x").barcode()).as(c[0]).isEqualTo(c[1]);
    }
    for (String[] wrong : new String[][] {{"", "empty body"}, {"null", "got null"}, {"[{}]", "got array"},
        {"\"text\"", "got string"}, {"{\"patron\": {\"barcode\": ", "barcode"}}) {
      server.stubFor(get(urlEqualTo("/patrons/x")).willReturn(okJson(wrong[0])));
      assertThatThrownBy(() -> libib.patrons().getPatronById("x")).as(wrong[0])
          .isInstanceOf(ResponseDecodingException.class).hasMessageContaining(wrong[1]);
    }
  }

  @Test
  void identifiersStayOneEncodedPathSegment() {
    server.stubFor(get(urlEqualTo("/patrons/a%2Bb%40example.com")).willReturn(okJson(MARY)));
    server.stubFor(get(urlEqualTo("/patrons/2020%2F0013")).willReturn(okJson(MARY)));
    server.stubFor(get(urlEqualTo("/patrons/..%2Fx")).willReturn(okJson(MARY)));

    libib.patrons().getPatronById("a+b@example.com");
    libib.patrons().getPatronById("2020/0013");
    libib.patrons().getPatronById("../x");
    // "." and ".." would be normalised into a path step by servers and proxies: refused before sending.
    assertThatThrownBy(() -> libib.patrons().deletePatron("..")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'..'");
    assertThatThrownBy(() -> libib.patrons().getPatronById(".")).isInstanceOf(IllegalArgumentException.class);

    server.verify(3, anyRequestedFor(anyUrl()));
  }

  @Test
  void unknownPatronIsNotFound() {
    server.stubFor(get(urlEqualTo("/patrons/nobody%40example.com"))
        .willReturn(aResponse().withStatus(404).withBody("{\"error\":\"Patron not found\"}")));

    assertThatThrownBy(() -> libib.patrons().getPatronById("nobody@example.com"))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("Patron not found");
  }

  @Test
  void createPatronSendsOnlyTheSetFieldsAsQueryParameters() {
    server.stubFor(post(urlPathEqualTo("/patrons")).willReturn(okJson(MARY)));

    Patron created = libib.patrons().createPatron(PatronFields.builder().email("frankenstein@example.com")
        .firstName("Mary").lastName("Shelley").patronId("mshelley").phone("").city("Saint-Étienne & co")
        .freeze(true).password("patron-pw-1").build());

    assertThat(created.barcode()).isEqualTo("2020000000013");
    assertThat(created.email()).isEqualTo("frankenstein@example.com");
    server.verify(1, postRequestedFor(urlEqualTo("/patrons?email=frankenstein%40example.com&first_name=Mary"
        + "&last_name=Shelley&patron_id=mshelley&phone=&city=Saint-%C3%89tienne%20%26%20co&freeze=1&password=patron-pw-1"))
        .withHeader("x-api-key", equalTo(KEY)).withHeader("x-api-user", equalTo(USER)));
    assertThat(server.getAllServeEvents().get(0).getRequest().getBodyAsString()).isEmpty();
  }

  @Test
  void createPatronRequiresFirstAndLastNameBeforeSending() {
    assertThatThrownBy(() -> libib.patrons().createPatron(PatronFields.builder().lastName("Shelley").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firstName");
    assertThatThrownBy(() -> libib.patrons().createPatron(PatronFields.builder().firstName("Mary").lastName(" ").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lastName");
    assertThatThrownBy(() -> libib.patrons().createPatron(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PatronFields.builder().phone(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phone");
    assertThatThrownBy(() -> libib.patrons().updatePatron("1", PatronFields.builder().build()))
        .hasMessageContaining("at least one field");
    assertThatThrownBy(() -> libib.patrons().updatePatron(" ", PatronFields.builder().phone("1").build()))
        .hasMessageContaining("barcodeOrEmail must not be blank");
    assertThatThrownBy(() -> libib.patrons().restorePatron("")).hasMessageContaining("barcodeOrEmail");
    assertThatThrownBy(() -> libib.patrons().deletePatron(null)).hasMessageContaining("barcodeOrEmail");
    assertThatThrownBy(() -> libib.patrons().getPatronById("\t")).hasMessageContaining("barcodeOrEmail");
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void createPatronIsNeverSentTwiceAfterAResetOrA500() {
    server.stubFor(post(urlPathEqualTo("/patrons")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    PatronFields mary = PatronFields.builder().firstName("Mary").lastName("Shelley").build();

    assertThatThrownBy(() -> libib.patrons().createPatron(mary))
        .isInstanceOfSatisfying(ApiConnectionException.class, e -> {
          assertThat(e.outcomeUnknown()).isTrue();
          assertThat(e.getMessage()).contains("outcome is unknown");
        });
    server.verify(1, postRequestedFor(urlPathEqualTo("/patrons")));

    server.resetAll();
    server.stubFor(post(urlPathEqualTo("/patrons")).willReturn(aResponse().withStatus(500)));
    assertThatThrownBy(() -> libib.patrons().createPatron(mary)).isInstanceOf(ServerException.class);
    server.verify(1, postRequestedFor(urlPathEqualTo("/patrons")));
  }

  @Test
  void createPatronIsResentAfterA429BecauseLibibDidNotActOnIt() {
    Stubs.sequence(server, () -> post(urlPathEqualTo("/patrons")), List.of(
        aResponse().withStatus(429).withHeader("Retry-After", "3"), okJson(MARY)));

    libib.patrons().createPatron(PatronFields.builder().firstName("Mary").lastName("Shelley").build());

    server.verify(2, postRequestedFor(urlEqualTo("/patrons?first_name=Mary&last_name=Shelley")));
    // Retry-After, then the rest of the write interval, widened by 5% after the 429 (3 s to 3.15 s)
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofMillis(150));
  }

  @Test
  void updatePatronSendsTheChangedFieldsAndMasksThePasswordEverywhere() {
    server.stubFor(post(urlPathEqualTo("/patrons/2020000000013")).willReturn(
        aResponse().withStatus(400).withBody("{\"error\":\"Invalid phone\"}")));
    PatronFields fields = PatronFields.builder().phone("555-0100").password("s3cret-patron-pw").build();

    try (LogCapture logs = LogCapture.start()) {
      LibibClient logging = LibibTestSupport.builder(server, time).logLevel(LogLevel.HEADERS).build();
      assertThatThrownBy(() -> logging.patrons().updatePatron("2020000000013", fields))
          .isInstanceOfSatisfying(BadRequestException.class, e -> {
            assertThat(e.getMessage()).contains("Invalid phone").doesNotContain("s3cret-patron-pw");
            assertThat(e.url()).endsWith("?phone=***&password=***");
          });
      assertThat(logs.text()).contains("POST").contains("?phone=***&password=***").doesNotContain("s3cret-patron-pw")
          .doesNotContain("555-0100")
          .doesNotContain(KEY).doesNotContain(USER);
    }
    assertThat(fields.toString()).doesNotContain("s3cret-patron-pw");
    server.verify(1, postRequestedFor(urlEqualTo("/patrons/2020000000013?phone=555-0100&password=s3cret-patron-pw")));
  }

  @Test
  void updatePatronSucceedsWith200() {
    server.stubFor(post(urlPathEqualTo("/patrons/frankenstein%40example.com")).willReturn(okJson("{\"result\":\"success\"}")));

    libib.patrons().updatePatron("frankenstein@example.com", PatronFields.builder().address2("").build());

    server.verify(1, postRequestedFor(urlEqualTo("/patrons/frankenstein%40example.com?address2=")));
  }

  @Test
  void restorePatronSendsPatch() {
    server.stubFor(patch(urlEqualTo("/patrons/2020000000013")).willReturn(okJson("{\"result\":\"success\"}")));

    libib.patrons().restorePatron("2020000000013");

    server.verify(1, patchRequestedFor(urlEqualTo("/patrons/2020000000013"))
        .withHeader("x-api-key", equalTo(KEY)).withHeader("x-api-user", equalTo(USER)));
  }

  @Test
  void restoringAPatronDeletedTooLongAgoIsNotFound() {
    server.stubFor(patch(urlEqualTo("/patrons/old")).willReturn(aResponse().withStatus(404).withBody("{\"error\":\"Patron not found\"}")));

    assertThatThrownBy(() -> libib.patrons().restorePatron("old")).isInstanceOf(NotFoundException.class);
    server.verify(1, patchRequestedFor(urlEqualTo("/patrons/old")));
  }

  @Test
  void deletePatronAcceptsNoContentAndReportsActiveCheckouts() {
    server.stubFor(delete(urlEqualTo("/patrons/2020000000013")).willReturn(aResponse().withStatus(204)));
    server.stubFor(delete(urlEqualTo("/patrons/2020000000037")).willReturn(
        aResponse().withStatus(400).withBody("{\"error\":\"Patron has active checkouts\"}")));

    libib.patrons().deletePatron("2020000000013");
    assertThatThrownBy(() -> libib.patrons().deletePatron("2020000000037"))
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          assertThat(e.getMessage()).contains("Patron has active checkouts");
          assertThat(e.errors()).singleElement().extracting(dev.apiclients.http.ApiError::detail)
              .isEqualTo("Patron has active checkouts");
        });
    server.verify(1, deleteRequestedFor(urlEqualTo("/patrons/2020000000013")));
    server.verify(1, deleteRequestedFor(urlEqualTo("/patrons/2020000000037")));
  }

  @Test
  void aMalformedPageFailsTheListingWithResponseDecodingException() {
    server.stubFor(get(urlEqualTo("/patrons?page=1")).willReturn(okJson("{\"total\":\"many\",\"pages\":1,\"patrons\":[]}")));

    assertThatThrownBy(() -> libib.patrons().getPatrons()).isInstanceOf(ResponseDecodingException.class)
        .hasMessageContaining("\"many\"");
  }
}
