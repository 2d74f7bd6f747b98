package dev.apiclients.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sandbox refuses what Libib refuses, in Libib's error shape, and knows one email one way. */
@ExtendWith(LibibSandboxExtension.class)
class LibibPatronRulesTest {

  private Sandbox sandbox;

  @BeforeEach
  void given(Sandbox sandbox) {
    this.sandbox = sandbox;
    sandbox.libib().clearPatrons();
  }

  private HttpResponse<String> post(String path, String... params) throws Exception {
    StringBuilder query = new StringBuilder();
    for (int i = 0; i < params.length; i += 2) {
      query.append(i == 0 ? "?" : "&").append(params[i]).append('=')
          .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return SandboxTest.send(HttpRequest.newBuilder(URI.create(sandbox.libibBaseUrl() + path + query))
        .header("x-api-key", Sandbox.LIBIB_API_KEY).header("x-api-user", Sandbox.LIBIB_API_USER)
        .POST(HttpRequest.BodyPublishers.noBody()));
  }

  /** The README says Libib refuses these barcodes; so does the sandbox. */
  @ParameterizedTest
  @ValueSource(strings = {"abc", "12", "1234567890123456", "12345a"})
  void aBarcodeThatIsNotFiveToFifteenDigitsIsRefusedAsLibibDoes(String barcode) throws Exception {
    HttpResponse<String> created = post("/patrons", "first_name", "Ada", "last_name", "Byron", "barcode", barcode);
    sandbox.libib().addPatrons(dev.apiclients.libib.PatronFields.builder().firstName("Mary").lastName("Shelley")
        .email("mary@example.com").build());
    HttpResponse<String> updated = post("/patrons/mary@example.com", "barcode", barcode);

    for (HttpResponse<String> refused : java.util.List.of(created, updated)) {
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
      JsonNode body = SandboxTest.json(refused);
      assertThat(body.size()).isEqualTo(1);
      assertThat(body.get("error").asText()).isEqualTo("barcode must be 5 to 15 digits");
    }
    assertThat(sandbox.libib().patrons()).singleElement().satisfies(p -> assertThat(p.barcode()).doesNotContain(barcode));
  }

  @Test
  void aBarcodeWithSpacesAroundIsTakenTrimmed() throws Exception {
    HttpResponse<String> created = post("/patrons", "first_name", "Ada", "last_name", "Byron", "barcode", " 99999 ");

    assertThat(created.statusCode()).isEqualTo(200);
    assertThat(SandboxTest.json(created).get("barcode").asText()).isEqualTo("99999");
  }

  /** The client's rule for the same email, in the sandbox too. */
  @Test
  void anEmailInAnotherCaseOrUnicodeFormIsTheSamePatron() throws Exception {
    assertThat(post("/patrons", "first_name", "Ilker", "last_name", "Kaya", "email", "ilker@example.com").statusCode())
        .isEqualTo(200);
    assertThat(post("/patrons", "first_name", "Emile", "last_name", "Zola", "email", "\u00e9mile@example.com")
        .statusCode()).isEqualTo(200);

    HttpResponse<String> dotted = post("/patrons", "first_name", "I", "last_name", "K", "email", "\u0130lker@example.com");
    HttpResponse<String> decomposed = post("/patrons", "first_name", "E", "last_name", "Z", "email", "e\u0301mile@example.com");

    assertThat(dotted.statusCode()).isEqualTo(409);
    assertThat(decomposed.statusCode()).isEqualTo(409);
    assertThat(SandboxTest.json(decomposed).get("error").asText()).contains("email must be unique");
    assertThat(sandbox.libib().patrons()).hasSize(2);
    assertThat(post("/patrons/E\u0301MILE@example.com", "city", "Paris").statusCode()).isEqualTo(200);
  }
}
