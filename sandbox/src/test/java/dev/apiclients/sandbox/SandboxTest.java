package dev.apiclients.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Drives the sandbox with the JDK {@link HttpClient} alone, as curl would: no client library, no
 * WireMock client, only HTTP requests and the JSON that comes back. One sandbox for the class, reset
 * before each test by the extension. Only the behaviour users rely on is pinned here.
 */
@ExtendWith(LibibSandboxExtension.class)
class SandboxTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  /** What Libib was observed to answer for an unknown patron: 200, every field null. */
  static final JsonNode BLANK_PATRON = blankPatron();

  private Sandbox sandbox;

  private static JsonNode blankPatron() {
    try {
      return JSON.readTree("""
          {"barcode": null, "first_name": null, "last_name": null, "email": null, "notification_emails": null,
           "tags": null, "patron_id": null, "phone": null, "address1": null, "address2": null, "city": null,
           "state": null, "country": null, "zip": null, "freeze": null}""");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeEach
  void given(Sandbox sandbox) {
    this.sandbox = sandbox;
  }

  // ------------------------------------------------------------------ helpers

  private HttpResponse<String> libib(String method, String pathAndQuery) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(sandbox.libibBaseUrl() + pathAndQuery))
        .header("x-api-key", Sandbox.LIBIB_API_KEY)
        .header("x-api-user", Sandbox.LIBIB_API_USER)
        .method(method, HttpRequest.BodyPublishers.noBody()));
  }

  private JsonNode libibJson(String method, String pathAndQuery, int expectedStatus) throws Exception {
    HttpResponse<String> response = libib(method, pathAndQuery);
    assertThat(response.statusCode()).as("%s %s -> %s", method, pathAndQuery, response.body()).isEqualTo(expectedStatus);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    return JSON.readTree(response.body());
  }

  private static HttpResponse<String> activePlatform(String url) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(url))
        .header("X-Api-Token", Sandbox.ACTIVEPLATFORM_API_TOKEN)
        .header("Content-Type", "application/vnd.api+json")
        .header("Accept", "application/vnd.api+json"));
  }

  private String managersUrl(String query) {
    return sandbox.activePlatformBaseUrl() + "/api/v3/resellers/1/managers" + query;
  }

  static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.get(field).asText()));
    return values;
  }

  // ------------------------------------------------------------------ credentials

  @Test
  void libibWithoutTheRightCredentialsAnswers401WithAnErrorBody() throws Exception {
    String url = sandbox.libibBaseUrl() + "/patrons";
    List<HttpRequest.Builder> requests = List.of(
        HttpRequest.newBuilder(URI.create(sandbox.libibBaseUrl())),
        HttpRequest.newBuilder(URI.create(url)),
        HttpRequest.newBuilder(URI.create(url)).header("x-api-key", Sandbox.LIBIB_API_KEY),
        HttpRequest.newBuilder(URI.create(url)).header("x-api-user", Sandbox.LIBIB_API_USER),
        HttpRequest.newBuilder(URI.create(url)).header("x-api-key", "wrong").header("x-api-user", Sandbox.LIBIB_API_USER),
        HttpRequest.newBuilder(URI.create(sandbox.libibBaseUrl() + "/managers/lonesome%40example.com"))
            .header("x-api-key", Sandbox.LIBIB_API_KEY).header("x-api-user", "someone-else")
            .DELETE());
    for (HttpRequest.Builder request : requests) {
      HttpResponse<String> response = send(request);
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
      assertThat(json(response)).isEqualTo(JSON.readTree("{\"error\":\"Invalid API credentials\"}"));
    }
    // GET / is Libib's connection test: 200 with the credentials. Nothing changed meanwhile.
    assertThat(libibJson("GET", "", 200).get("message").asText()).contains("credentials accepted");
    assertThat(libibJson("GET", "/managers", 200).get("total").asInt()).isEqualTo(3);
  }

  @Test
  void activePlatformWithoutTheRightTokenAnswers401AsJsonApi() throws Exception {
    HttpResponse<String> missing = send(HttpRequest.newBuilder(URI.create(managersUrl("")))
        .header("Accept", "application/vnd.api+json"));
    HttpResponse<String> wrong = send(HttpRequest.newBuilder(URI.create(managersUrl("")))
        .header("X-Api-Token", "vY5fwetestK3gJXZH5uHCw").header("Accept", "application/vnd.api+json"));

    for (HttpResponse<String> response : List.of(missing, wrong)) {
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/vnd.api+json");
      JsonNode error = json(response).get("errors").get(0);
      assertThat(json(response).get("errors")).hasSize(1);
      assertThat(error.get("status").asText()).isEqualTo("401");
      assertThat(error.get("code").asText()).isEqualTo("unauthorized");
      assertThat(error.get("title").asText()).isEqualTo("Unauthorized");
      assertThat(error.get("detail").asText()).contains("X-Api-Token");
    }
  }

  // ------------------------------------------------------------------ Libib patrons

  @Test
  void libibListsAllPatronsOverThreePagesOfFifty() throws Exception {
    List<Integer> sizes = new ArrayList<>();
    List<String> barcodes = new ArrayList<>();
    for (int page = 1; page <= 4; page++) {
      JsonNode body = libibJson("GET", "/patrons?page=" + page, 200);
      assertThat(body.get("total").asInt()).isEqualTo(137);
      assertThat(body.get("pages").asInt()).isEqualTo(3);
      assertThat(body.get("max_per_page").asInt()).isEqualTo(50);
      sizes.add(body.get("patrons").size());
      barcodes.addAll(texts(body.get("patrons"), "barcode"));
      body.get("patrons").forEach(patron -> assertThat(patron.fieldNames()).toIterable().containsExactly(
          "barcode", "first_name", "last_name", "email", "notification_emails", "tags", "patron_id", "phone",
          "address1", "address2", "city", "state", "country", "zip", "freeze"));
    }
    assertThat(sizes).containsExactly(50, 50, 37, 0);
    assertThat(barcodes).hasSize(137).doesNotHaveDuplicates().allMatch(b -> b.matches("2020\\d{9}"));

    JsonNode first = libibJson("GET", "/patrons", 200).get("patrons");
    assertThat(first.get(0)).isEqualTo(JSON.readTree("""
        {"barcode": "2020000000013", "first_name": "Mary", "last_name": "Shelley",
         "email": "frankenstein@example.com", "notification_emails": null, "tags": null, "patron_id": "mshelley",
         "phone": "555-123-4567", "address1": null, "address2": null, "city": "Augusta", "state": "KS",
         "country": "US", "zip": null, "freeze": null}"""));
    assertThat(first.get(1)).isEqualTo(JSON.readTree("""
        {"barcode": "2020000000037", "first_name": "Marcus", "last_name": "Aurelius",
         "email": "meditations@example.com", "notification_emails": null, "tags": null, "patron_id": null,
         "phone": null, "address1": null, "address2": null, "city": null, "state": null,
         "country": "US", "zip": null, "freeze": 1}"""));
  }

  @Test
  void aPageThatIsNotAPositiveNumberIs400() throws Exception {
    assertThat(libibJson("GET", "/patrons?page=0", 400).get("error").asText()).contains("page");
    assertThat(libibJson("GET", "/patrons?page=two", 400).get("error").asText()).contains("page");
  }

  @Test
  void aCreatedPatronIsFetchedAndListed() throws Exception {
    JsonNode created = libibJson("POST",
        "/patrons?first_name=Ada&last_name=Lovelace&email=ada%2Bmath%40example.com&city=London&tags=math%2Cpoetry"
            + "&password=not-returned", 200);
    String barcode = created.get("barcode").asText();
    assertThat(barcode).matches("2020\\d{9}");
    assertThat(created.get("first_name").asText()).isEqualTo("Ada");
    assertThat(created.get("email").asText()).isEqualTo("ada+math@example.com");
    assertThat(created.get("tags").asText()).isEqualTo("math,poetry");
    assertThat(created.get("country").asText()).isEqualTo("US");
    assertThat(created.has("password")).isFalse();

    assertThat(libibJson("GET", "/patrons/ada%2Bmath%40example.com", 200)).isEqualTo(created);
    assertThat(libibJson("GET", "/patrons/ADA+MATH@Example.com", 200)).isEqualTo(created);
    assertThat(libibJson("GET", "/patrons/" + barcode, 200)).isEqualTo(created);

    JsonNode lastPage = libibJson("GET", "/patrons?page=3", 200);
    assertThat(lastPage.get("total").asInt()).isEqualTo(138);
    assertThat(lastPage.get("patrons")).hasSize(38);
    assertThat(lastPage.get("patrons").get(37)).isEqualTo(created);

    JsonNode second = libibJson("POST", "/patrons?first_name=Charles&last_name=Babbage", 200);
    assertThat(second.get("barcode").asText()).isNotEqualTo(barcode).matches("2020\\d{9}");
    assertThat(second.get("email").isNull()).isTrue();
  }

  @Test
  void identifiersInThePathArePercentDecodedAsOneSegment() throws Exception {
    JsonNode created = libibJson("POST", "/patrons?first_name=Odd&last_name=Slash&email=o%2Fb%2Bc%40example.com", 200);
    String barcode = created.get("barcode").asText();
    assertThat(created.get("email").asText()).isEqualTo("o/b+c@example.com");

    assertThat(libibJson("GET", "/patrons/o%2Fb%2Bc%40example.com", 200).get("barcode").asText()).isEqualTo(barcode);
    assertThat(libibJson("GET", "/patrons/o/b%2Bc%40example.com", 404).get("error").asText()).isEqualTo("Not found");
    assertThat(libibJson("DELETE", "/patrons/..%2Fx", 404).get("error").asText()).isEqualTo("Patron not found: ../x");
    assertThat(libib("DELETE", "/patrons/o%2Fb%2Bc%40example.com").statusCode()).isEqualTo(204);
    assertThat(libibJson("DELETE", "/patrons/o%2Fb%2Bc%40example.com", 404).get("error").asText())
        .isEqualTo("Patron not found: o/b+c@example.com");
  }

  @Test
  void anUpdateChangesOnlyTheGivenFields() throws Exception {
    JsonNode before = libibJson("GET", "/patrons/2020000000013", 200);
    JsonNode after = libibJson("POST", "/patrons/frankenstein%40example.com?phone=555-0100&city=&zip=67010&freeze=1",
        200);

    assertThat(after.get("phone").asText()).isEqualTo("555-0100");
    assertThat(after.get("city").isNull()).isTrue();
    assertThat(after.get("zip").asText()).isEqualTo("67010");
    assertThat(after.get("freeze").asInt()).isEqualTo(1);
    for (String unchanged : List.of("barcode", "first_name", "last_name", "email", "patron_id", "state", "country")) {
      assertThat(after.get(unchanged)).as(unchanged).isEqualTo(before.get(unchanged));
    }
    assertThat(libibJson("GET", "/patrons/2020000000013", 200)).isEqualTo(after);
    assertThat(libibJson("GET", "/patrons?page=1", 200).get("patrons").get(0)).isEqualTo(after);
  }

  @Test
  void anUpdateIsValidatedAsLibibDocuments() throws Exception {
    JsonNode before = libibJson("GET", "/patrons/2020000000013", 200);

    assertThat(libibJson("POST", "/patrons/2020000000013?first_name=", 400).get("error").asText())
        .isEqualTo("first_name cannot be empty");
    assertThat(libibJson("POST", "/patrons/2020000000013?phone=1&state=Kansas", 400).get("error").asText())
        .contains("state");
    assertThat(libibJson("POST", "/patrons/2020000000013?freeze=yes", 400).get("error").asText()).contains("freeze");
    assertThat(libibJson("POST", "/patrons/2020000000013?email=meditations%40example.com", 409).get("error").asText())
        .contains("meditations@example.com");
    assertThat(libibJson("POST", "/patrons/nobody%40example.com?phone=1", 404).get("error").asText())
        .isEqualTo("Patron not found: nobody@example.com");
    // A rejected update changes nothing, not even the valid fields sent with it.
    assertThat(libibJson("GET", "/patrons/2020000000013", 200)).isEqualTo(before);
  }

  @Test
  void aDeletedPatronIsGoneUntilRestored() throws Exception {
    JsonNode mary = libibJson("GET", "/patrons/2020000000013", 200);

    HttpResponse<String> deleted = libib("DELETE", "/patrons/frankenstein%40example.com");
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertThat(libibJson("GET", "/patrons/2020000000013", 200)).isEqualTo(BLANK_PATRON);
    assertThat(libibJson("GET", "/patrons/frankenstein%40example.com", 200)).isEqualTo(BLANK_PATRON);
    assertThat(libibJson("POST", "/patrons/2020000000013?phone=1", 404).has("error")).isTrue();
    assertThat(libibJson("DELETE", "/patrons/2020000000013", 404).has("error")).isTrue();
    JsonNode list = libibJson("GET", "/patrons", 200);
    assertThat(list.get("total").asInt()).isEqualTo(136);
    assertThat(texts(list.get("patrons"), "barcode")).doesNotContain("2020000000013");

    assertThat(libibJson("PATCH", "/patrons/2020000000013", 200)).isEqualTo(mary);
    assertThat(libibJson("GET", "/patrons/frankenstein%40example.com", 200)).isEqualTo(mary);
    assertThat(libibJson("GET", "/patrons", 200).get("total").asInt()).isEqualTo(137);
    assertThat(libibJson("GET", "/patrons", 200).get("patrons").get(0)).isEqualTo(mary);

    assertThat(libibJson("PATCH", "/patrons/2020000000013", 400).get("error").asText()).contains("not deleted");
    assertThat(libibJson("PATCH", "/patrons/never-existed", 404).has("error")).isTrue();
  }

  @Test
  void aPatronWithActiveCheckoutsCannotBeDeleted() throws Exception {
    for (String id : List.of(Sandbox.PATRON_WITH_CHECKOUTS, "meditations%40example.com")) {
      assertThat(libibJson("DELETE", "/patrons/" + id, 400))
          .isEqualTo(JSON.readTree("{\"error\":\"Patron has active checkouts\"}"));
    }
    assertThat(libibJson("GET", "/patrons/" + Sandbox.PATRON_WITH_CHECKOUTS, 200).get("last_name").asText())
        .isEqualTo("Aurelius");
    assertThat(libibJson("GET", "/patrons", 200).get("total").asInt()).isEqualTo(137);
  }

  // ------------------------------------------------------------------ Libib managers and accounts

  @Test
  void managersAreLibibsDocumentedOnes() throws Exception {
    assertThat(libibJson("GET", "/managers", 200)).isEqualTo(JSON.readTree("""
        {"total": 3, "managers": [
          {"first_name": "Larry", "last_name": "McMurtry", "email": "lonesome@example.com", "role": "owner"},
          {"first_name": "Samwise", "last_name": "Gamgee", "email": "samthewise@example.com", "role": "lender"},
          {"first_name": "Anaïs", "last_name": "Nin", "email": "angela@example.com", "role": "admin"}]}"""));
    assertThat(libibJson("GET", "/managers/samthewise%40example.com", 200).get("role").asText()).isEqualTo("lender");
    assertThat(libibJson("GET", "/managers/Angela@Example.com", 200).get("first_name").asText()).isEqualTo("Anaïs");
    assertThat(libibJson("GET", "/managers/nobody%40example.com", 404).get("error").asText())
        .isEqualTo("Manager not found: nobody@example.com");
  }

  @Test
  void aManagerCanBeCreatedFetchedAndDeletedButNotTheOwner() throws Exception {
    JsonNode created = libibJson("POST", "/managers?first_name=Scott&last_name=Pilgrim&email=sbobomb%40example.com"
        + "&password=aqbq340as94ikd242ffp&role=admin", 200);
    assertThat(created).isEqualTo(JSON.readTree("""
        {"first_name": "Scott", "last_name": "Pilgrim", "email": "sbobomb@example.com", "role": "admin"}"""));
    assertThat(libibJson("GET", "/managers/sbobomb%40example.com", 200)).isEqualTo(created);
    JsonNode list = libibJson("GET", "/managers", 200);
    assertThat(list.get("total").asInt()).isEqualTo(4);
    assertThat(list.get("managers").get(3)).isEqualTo(created);

    assertThat(libibJson("POST", "/managers?first_name=S&last_name=P&email=SBOBOMB%40example.com"
        + "&password=long-enough&role=lender", 409).get("error").asText()).contains("already exists");

    HttpResponse<String> deleted = libib("DELETE", "/managers/sbobomb%40example.com");
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertThat(libibJson("GET", "/managers/sbobomb%40example.com", 404).has("error")).isTrue();
    assertThat(libibJson("DELETE", "/managers/sbobomb%40example.com", 404).has("error")).isTrue();
    assertThat(libibJson("GET", "/managers", 200).get("total").asInt()).isEqualTo(3);

    assertThat(libibJson("DELETE", "/managers/lonesome%40example.com", 400).get("error").asText())
        .contains("cannot remove the owner");
    assertThat(libibJson("GET", "/managers/lonesome%40example.com", 200).get("role").asText()).isEqualTo("owner");
  }

  @Test
  void accountsDescribeTheSandboxAccount() throws Exception {
    assertThat(libibJson("GET", "/accounts", 200)).isEqualTo(JSON.readTree("""
        {"accounts": [{"organization": "Sandbox Library", "api_id": "sandbox-libib-user",
          "email": "lonesome@example.com", "first_name": "Larry", "last_name": "McMurtry", "manager_seats": 5,
          "url": "sandboxlibrary.libib.com", "authorized": 1}]}"""));
  }

  @Test
  void unknownPathsAndMethodsGetJsonErrors() throws Exception {
    assertThat(libibJson("GET", "/books", 404).get("error").asText()).isEqualTo("Not found");
    assertThat(libibJson("PUT", "/patrons/2020000000013", 405).get("error").asText()).isEqualTo("Method not allowed");
    assertThat(libibJson("DELETE", "/accounts", 405).has("error")).isTrue();
    assertThat(libibJson("GET", "", 200).get("message").asText()).contains("credentials accepted");

    HttpResponse<String> elsewhere = send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/other")));
    assertThat(elsewhere.statusCode()).isEqualTo(404);
    assertThat(json(elsewhere).get("error").asText()).contains("/libib").contains("/activeplatform");
  }

  // ------------------------------------------------------------------ ActivePlatform

  @Test
  void activePlatformServesThreePagesThroughAbsoluteNextLinksToItself() throws Exception {
    String url = managersUrl("?page%5Bsize%5D=50&page%5Bnumber%5D=1");
    List<Integer> sizes = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<String> selfLinks = new ArrayList<>();
    JsonNode links = null;
    while (url != null) {
      HttpResponse<String> response = activePlatform(url);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/vnd.api+json");
      JsonNode body = json(response);
      assertThat(body.fieldNames()).toIterable().containsExactly("data", "links");
      body.get("data").forEach(resource -> {
        assertThat(resource.get("type").asText()).isEqualTo("managers");
        assertThat(resource.at("/attributes/reseller_id").asInt()).isEqualTo(1);
        ids.add(resource.get("id").asText());
      });
      sizes.add(body.get("data").size());
      links = body.get("links");
      assertThat(links.fieldNames()).toIterable().containsExactly("self", "first", "prev", "next", "last");
      selfLinks.add(links.get("self").asText());
      if (sizes.size() == 1) {
        assertThat(links.get("prev").isNull()).isTrue();
      }
      url = links.get("next").isNull() ? null : links.get("next").asText();
      assertThat(sizes).hasSizeLessThanOrEqualTo(3);
    }

    assertThat(sizes).containsExactly(50, 50, 20);
    assertThat(ids).containsExactlyElementsOf(IntStream.rangeClosed(431, 550).mapToObj(String::valueOf).toList());
    String base = sandbox.activePlatformBaseUrl() + "/api/v3/resellers/1/managers?";
    assertThat(selfLinks).containsExactly(
        base + "page%5Bnumber%5D=1&page%5Bsize%5D=50",
        base + "page%5Bnumber%5D=2&page%5Bsize%5D=50",
        base + "page%5Bnumber%5D=3&page%5Bsize%5D=50");
    assertThat(links.get("next").isNull()).isTrue();
    assertThat(links.get("prev").asText()).isEqualTo(base + "page%5Bnumber%5D=2&page%5Bsize%5D=50");
    assertThat(links.get("first").asText()).isEqualTo(base + "page%5Bnumber%5D=1&page%5Bsize%5D=50");
    assertThat(links.get("last").asText()).isEqualTo(base + "page%5Bnumber%5D=3&page%5Bsize%5D=50");
  }

  @Test
  void theFirstManagersAreTheDocumentsResponseExample() throws Exception {
    JsonNode body = json(activePlatform(managersUrl("?page%5Bsize%5D=2&page%5Bnumber%5D=1")));
    assertThat(body.get("data")).isEqualTo(JSON.readTree("""
        [{"id": "431", "type": "managers", "attributes": {
            "created_at": "2021-01-05T05:28:48.804+03:00", "updated_at": "2021-01-05T06:23:10.815+03:00",
            "reseller_id": 1, "name": "Brendon Leannon", "status": "active", "email": "carter81@example.net",
            "role": "admin", "manager_role": {"id": null, "name": null}, "phone": "+375280000000",
            "photo": "/images/manager/431/manager.png", "manager_key": "", "mfa_required": true,
            "custom_attributes": {"manager_1c_identifier": ""}}},
         {"id": "432", "type": "managers", "attributes": {
            "created_at": "2021-01-08T21:33:32.789+03:00", "updated_at": "2021-01-08T21:34:29.005+03:00",
            "reseller_id": 1, "name": "Trycia Corwin", "status": "active", "email": "tryciacorwin71@example.net",
            "role": "sales", "manager_role": {"id": 1, "name": "Access Level 1"}, "phone": "+375270000000",
            "photo": "/images/manager/432/432.jpg", "manager_key": "", "mfa_required": true,
            "custom_attributes": {"manager_1c_identifier": "20"}}}]"""));
  }

  @Test
  void linksPointAtTheHostTheClientUsed() throws Exception {
    String viaLocalhost = "http://localhost:" + sandbox.port() + "/activeplatform/api/v3/resellers/1/managers";
    JsonNode body = json(activePlatform(viaLocalhost));
    assertThat(body.at("/links/next").asText()).isEqualTo(viaLocalhost + "?page%5Bnumber%5D=2&page%5Bsize%5D=50");
  }

  @Test
  void badPageParametersAre422WithTheParameterNamed() throws Exception {
    for (String query : List.of("?page%5Bsize%5D=0", "?page%5Bsize%5D=-5", "?page%5Bsize%5D=ten",
        "?page%5Bsize%5D=1001", "?page%5Bnumber%5D=0", "?page%5Bnumber%5D=x&page%5Bsize%5D=2")) {
      HttpResponse<String> response = activePlatform(managersUrl(query));
      assertThat(response.statusCode()).as(query).isEqualTo(422);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/vnd.api+json");
      JsonNode error = json(response).get("errors").get(0);
      assertThat(error.get("status").asText()).isEqualTo("422");
      assertThat(error.at("/source/parameter").asText()).isEqualTo(query.contains("number") ? "page[number]" : "page[size]");
    }
  }

  @Test
  void acceptHeaderParsing() {
    assertThat(JsonApiDocuments.acceptsJsonApi(null)).isTrue();
    assertThat(JsonApiDocuments.acceptsJsonApi("application/vnd.api+json")).isTrue();
    assertThat(JsonApiDocuments.acceptsJsonApi("text/plain, application/*")).isTrue();
    assertThat(JsonApiDocuments.acceptsJsonApi("application/json")).isFalse();
    assertThat(JsonApiDocuments.acceptsJsonApi("text/html")).isFalse();
  }

  @Test
  void startRefusesAPortOutOfRange() {
    assertThatThrownBy(() -> Sandbox.start(65536)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("port");
    assertThatThrownBy(() -> Sandbox.start(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("port");
  }

  @Test
  void barcodesCarryAnEan13CheckDigitLikeLibibs() {
    assertThat(SandboxData.barcode(1)).isEqualTo("2020000000013");
    assertThat(SandboxData.barcode(3)).isEqualTo("2020000000037");
    assertThat(SandboxData.barcode(5)).isEqualTo("2020000000051");
  }
}
