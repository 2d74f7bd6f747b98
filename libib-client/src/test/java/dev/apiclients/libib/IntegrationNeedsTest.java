package dev.apiclients.libib;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.apiclients.libib.LibibTestSupport.KEY;
import static dev.apiclients.libib.LibibTestSupport.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.ResponseDecodingException;
import dev.apiclients.http.ServerException;
import dev.apiclients.http.UnauthorizedException;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.Stubs;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What real Libib integrations need on top of the documented calls. */
class IntegrationNeedsTest {

  /** Libib's answer to a create: the patron with the barcode it assigned. */
  private static final String CREATED = """
      {"barcode": "2020000000099", "first_name": "Mary", "last_name": "Shelley",
       "email": "frankenstein@example.com", "notification_emails": null, "tags": null, "patron_id": null,
       "phone": null, "address1": null, "address2": null, "city": null, "state": null, "country": "US",
       "zip": null, "freeze": 0}""";

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final FakeTime time = new FakeTime();
  private final LibibClient libib = LibibTestSupport.client(server, time);
  private final PatronFields mary = PatronFields.builder().firstName("Mary").lastName("Shelley")
      .email("frankenstein@example.com").build();

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void createPatronReturnsThePatronWithTheBarcodeLibibAssigned(boolean wrapped) {
    server.stubFor(post(urlPathEqualTo("/patrons")).willReturn(okJson(wrapped ? "{\"patron\": " + CREATED + "}" : CREATED)));

    Patron created = libib.patrons().createPatron(mary);

    assertThat(created.barcode()).isEqualTo("2020000000099");
    assertThat(created.firstName()).isEqualTo("Mary");
    assertThat(created.freeze()).isFalse();
    server.verify(1, postRequestedFor(urlEqualTo("/patrons?first_name=Mary&last_name=Shelley&email=frankenstein%40example.com"))
        .withHeader("x-api-key", equalTo(KEY)).withHeader("x-api-user", equalTo(USER)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{\"result\":\"success\"}", "<html>OK</html>", "{}"})
  void aCreateWhoseAnswerHoldsNoPatronIsNotTakenForProofAndIsNotResent(String body) {
    server.stubFor(post(urlPathEqualTo("/patrons")).willReturn(aResponse().withStatus(200).withBody(body)));

    assertThatThrownBy(() -> libib.patrons().createPatron(mary)).isInstanceOf(ResponseDecodingException.class)
        .hasMessageContaining("may or may not have acted").hasMessageContaining("Look the record up before sending it again");
    server.verify(1, postRequestedFor(urlPathEqualTo("/patrons")));
  }

  @Test
  void createManagerReturnsTheManagerWithoutThePassword() {
    server.stubFor(post(urlPathEqualTo("/managers")).willReturn(okJson(
        "{\"manager\": {\"first_name\":\"Bilbo\",\"last_name\":\"Baggins\",\"email\":\"bilbo@example.com\",\"role\":\"lender\"}}")));

    Manager created = libib.managers().createManager(NewManager.builder().email("bilbo@example.com").firstName("Bilbo")
        .lastName("Baggins").password("there-and-back").role(ManagerRole.LENDER).build());

    assertThat(created).isEqualTo(new Manager("Bilbo", "Baggins", "bilbo@example.com", ManagerRole.LENDER));
    server.verify(1, postRequestedFor(urlEqualTo(
        "/managers?first_name=Bilbo&last_name=Baggins&email=bilbo%40example.com&password=there-and-back&role=lender")));
  }

  @Test
  void findPatronIsPresentWhenFound() {
    server.stubFor(get(urlEqualTo("/patrons/frankenstein%40example.com")).willReturn(okJson(CREATED)));

    assertThat(libib.patrons().findPatron("frankenstein@example.com")).get()
        .extracting(Patron::barcode).isEqualTo("2020000000099");
    server.verify(1, getRequestedFor(urlEqualTo("/patrons/frankenstein%40example.com"))
        .withHeader("x-api-key", equalTo(KEY)).withHeader("x-api-user", equalTo(USER)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"404", "{}", "{\"patron\": null}", "{\"barcode\":\"\",\"email\":\"\",\"first_name\":\"\"}",
      "{\"barcode\":null,\"first_name\":null,\"last_name\":null,\"email\":null}"})
  void findPatronIsEmptyOn404AndOnEachBlankShape(String answer) {
    server.stubFor(get(urlEqualTo("/patrons/nobody%40example.com")).willReturn(answer.equals("404")
        ? aResponse().withStatus(404).withBody("{\"error\":\"Patron not found\"}") : okJson(answer)));

    assertThat(libib.patrons().findPatron("nobody@example.com")).isEmpty();
  }

  @Test
  void findPatronStillThrowsOnAServerError() {
    server.stubFor(get(urlEqualTo("/patrons/x%40example.com")).willReturn(aResponse().withStatus(500)));

    assertThatThrownBy(() -> libib.patrons().findPatron("x@example.com")).isInstanceOf(ServerException.class);
    server.verify(4, getRequestedFor(urlEqualTo("/patrons/x%40example.com")));
  }

  @Test
  void findManagerIsEmptyWhenUnknownAndPresentWhenFound() {
    server.stubFor(get(urlEqualTo("/managers/ghost%40example.com")).willReturn(aResponse().withStatus(404)));
    server.stubFor(get(urlEqualTo("/managers/sam%40example.com")).willReturn(okJson(
        "{\"first_name\":\"Samwise\",\"last_name\":\"Gamgee\",\"email\":\"sam@example.com\",\"role\":\"lender\"}")));

    assertThat(libib.managers().findManager("ghost@example.com")).isEmpty();
    assertThat(libib.managers().findManager("sam@example.com")).map(Manager::role).contains(ManagerRole.LENDER);
    assertThatThrownBy(() -> libib.managers().findManager(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void verifyCredentialsUsesLibibsConnectionTest() {
    server.stubFor(get(urlEqualTo("/")).willReturn(okJson("{\"result\":\"Connection successful\"}")));

    libib.verifyCredentials();

    server.verify(1, getRequestedFor(urlEqualTo("/")).withHeader("x-api-key", equalTo(KEY))
        .withHeader("x-api-user", equalTo(USER)));
  }

  @Test
  void refusedCredentialsSayWhichHeaderToCheck() {
    server.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withStatus(401).withBody("{\"error\":\"Invalid API key\"}")));
    LibibClient ultimate = LibibTestSupport.builder(server, time).apiUltimate("ult-555").build();

    assertThatThrownBy(libib::verifyCredentials).isInstanceOf(UnauthorizedException.class)
        .hasMessageContaining("x-api-key").hasMessageContaining("x-api-user").hasMessageNotContaining(KEY);
    assertThatThrownBy(ultimate::verifyCredentials).isInstanceOf(UnauthorizedException.class)
        .hasMessageContaining("x-api-user names the account being acted on")
        .hasMessageContaining("x-api-ultimate is your Libib Ultimate id").hasMessageNotContaining("ult-555");
  }

  @Test
  void libibsPatronRulesAreCheckedBeforeAnyRequest() {
    assertRefused(p -> p.createPatron(PatronFields.builder().firstName("A").lastName("B")
        .notificationEmails("a@x.com,b@x.com,c@x.com,d@x.com").build()), "notificationEmails", "at most 3");
    assertRefused(p -> p.createPatron(PatronFields.builder().firstName("A").lastName("B").state("Kansas").build()),
        "state", "2-letter");
    assertRefused(p -> p.updatePatron("1", PatronFields.builder().country("US").state("K").build()), "state", "2-letter");
    assertRefused(p -> p.createPatron(PatronFields.builder().firstName("A").lastName("B").barcode("12ab5").build()),
        "barcode", "5 to 15 digits");
    assertRefused(p -> p.createPatron(PatronFields.builder().firstName("A").lastName("B").barcode("1234").build()),
        "barcode", "5 to 15 digits");
    assertRefused(p -> p.updatePatron("1", PatronFields.builder().barcode("1234567890123456").build()),
        "barcode", "5 to 15 digits");
    for (String field : new String[] {"firstName", "lastName", "country", "barcode"}) {
      PatronFields.Builder emptied = PatronFields.builder();
      switch (field) {
        case "firstName" -> emptied.firstName("");
        case "lastName" -> emptied.lastName("");
        case "country" -> emptied.country("");
        default -> emptied.barcode("");
      }
      assertRefused(p -> p.updatePatron("1", emptied.build()), field, "cannot be emptied");
    }
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void validFieldsPassTheRules() {
    server.stubFor(post(urlPathEqualTo("/patrons")).willReturn(okJson(CREATED)));

    libib.patrons().createPatron(PatronFields.builder().firstName("A").lastName("B").state("KS").barcode("12345")
        .notificationEmails("a@x.com, b@x.com,c@x.com").build());
    libib.patrons().createPatron(PatronFields.builder().firstName("A").lastName("B").country("GB").state("Kent").build());

    server.verify(2, postRequestedFor(urlPathEqualTo("/patrons")));
  }

  private void assertRefused(Consumer<Patrons> call, String field, String rule) {
    assertThatThrownBy(() -> call.accept(libib.patrons())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field).hasMessageContaining(rule);
  }
}
