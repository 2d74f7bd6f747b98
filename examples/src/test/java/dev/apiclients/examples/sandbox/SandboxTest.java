package dev.apiclients.examples.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Drives the sandbox with the JDK HttpClient alone, as curl would. */
class SandboxTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static HttpResponse<String> libib(String method, String pathAndQuery) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(sandbox.libibBaseUrl() + pathAndQuery))
        .header("x-api-key", Sandbox.LIBIB_API_KEY).header("x-api-user", Sandbox.LIBIB_API_USER)
        .method(method, HttpRequest.BodyPublishers.noBody()));
  }

  private static HttpResponse<String> activePlatform(String url) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(url)).header("X-Api-Token", Sandbox.ACTIVEPLATFORM_API_TOKEN)
        .header("Accept", "application/vnd.api+json").header("Content-Type", "application/vnd.api+json"));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  @Test
  void withoutCredentialsBothApisAnswer401WithTheirErrorBodies() throws Exception {
    HttpResponse<String> libib = send(HttpRequest.newBuilder(URI.create(sandbox.libibBaseUrl() + "/patrons")));
    HttpResponse<String> wrongKey = send(HttpRequest.newBuilder(URI.create(sandbox.libibBaseUrl() + "/patrons"))
        .header("x-api-key", "wrong").header("x-api-user", Sandbox.LIBIB_API_USER));
    HttpResponse<String> ap = send(HttpRequest.newBuilder(
        URI.create(sandbox.activePlatformBaseUrl() + "/api/v3/resellers/1/managers")));

    assertThat(libib.statusCode()).isEqualTo(401);
    assertThat(json(libib).get("error").asText()).contains("Invalid API credentials");
    assertThat(wrongKey.statusCode()).isEqualTo(401);
    assertThat(ap.statusCode()).isEqualTo(401);
    assertThat(ap.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/vnd.api+json"));
    assertThat(json(ap).at("/errors/0/status").asText()).isEqualTo("401");
  }

  @Test
  void libibListsAllPatronsOverThreePagesOfFifty() throws Exception {
    List<Integer> sizes = new ArrayList<>();
    for (int page = 1; page <= 4; page++) {
      JsonNode body = json(libib("GET", "/patrons?page=" + page));
      assertThat(body.get("total").asInt()).isEqualTo(137);
      assertThat(body.get("pages").asInt()).isEqualTo(3);
      assertThat(body.get("max_per_page").asInt()).isEqualTo(50);
      sizes.add(body.get("patrons").size());
    }
    assertThat(sizes).containsExactly(50, 50, 37, 0);
    JsonNode first = json(libib("GET", "/patrons?page=1")).get("patrons").get(0);
    assertThat(first.get("barcode").asText()).isEqualTo("2020000000013");
    assertThat(first.get("email").asText()).isEqualTo("frankenstein@example.com");
  }

  @Test
  void aPatronCanBeCreatedUpdatedDeletedAndRestored() throws Exception {
    HttpResponse<String> created = libib("POST", "/patrons?first_name=Ada&last_name=Lovelace&email=ada%2Btest%40example.com&city=London");
    assertThat(created.statusCode()).isEqualTo(200);
    String barcode = json(created).get("barcode").asText();

    assertThat(json(libib("GET", "/patrons/ada%2Btest%40example.com")).get("barcode").asText()).isEqualTo(barcode);
    assertThat(json(libib("GET", "/patrons?page=3")).get("total").asInt()).isEqualTo(138);

    assertThat(libib("POST", "/patrons/" + barcode + "?phone=555-0100&city=").statusCode()).isEqualTo(200);
    JsonNode updated = json(libib("GET", "/patrons/" + barcode));
    assertThat(updated.get("phone").asText()).isEqualTo("555-0100");
    assertThat(updated.get("city").isNull()).isTrue();

    HttpResponse<String> deleted = libib("DELETE", "/patrons/" + barcode);
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertThat(libib("GET", "/patrons/" + barcode).statusCode()).isEqualTo(404);
    assertThat(json(libib("GET", "/patrons?page=1")).get("total").asInt()).isEqualTo(137);

    assertThat(libib("PATCH", "/patrons/" + barcode).statusCode()).isEqualTo(200);
    assertThat(libib("GET", "/patrons/" + barcode).statusCode()).isEqualTo(200);
    assertThat(libib("DELETE", "/patrons/" + barcode).statusCode()).isEqualTo(204);
  }

  @Test
  void patronRulesMatchLibib() throws Exception {
    assertThat(libib("POST", "/patrons?first_name=Only").statusCode()).isEqualTo(400);
    HttpResponse<String> checkouts = libib("DELETE", "/patrons/" + Sandbox.PATRON_WITH_CHECKOUTS);
    assertThat(checkouts.statusCode()).isEqualTo(400);
    assertThat(json(checkouts).get("error").asText()).contains("active checkouts");
    assertThat(libib("GET", "/patrons/nobody%40example.com").statusCode()).isEqualTo(404);
    assertThat(libib("PATCH", "/patrons/never-existed").statusCode()).isEqualTo(404);
  }

  @Test
  void managersCanBeListedCreatedFetchedAndDeletedButNotTheOwner() throws Exception {
    JsonNode managers = json(libib("GET", "/managers"));
    assertThat(managers.get("total").asInt()).isEqualTo(3);
    assertThat(managers.get("managers").get(0).get("role").asText()).isEqualTo("owner");

    assertThat(libib("POST", "/managers?first_name=Bilbo&last_name=Baggins&email=bilbo%40example.com&password=short&role=admin")
        .statusCode()).isEqualTo(400);
    assertThat(libib("POST", "/managers?first_name=Bilbo&last_name=Baggins&email=bilbo%40example.com&password=long-enough&role=owner")
        .statusCode()).isEqualTo(400);
    assertThat(libib("POST", "/managers?first_name=Bilbo&last_name=Baggins&email=bilbo%40example.com&password=long-enough&role=lender")
        .statusCode()).isEqualTo(200);
    assertThat(json(libib("GET", "/managers/bilbo%40example.com")).get("last_name").asText()).isEqualTo("Baggins");
    assertThat(libib("DELETE", "/managers/bilbo%40example.com").statusCode()).isEqualTo(204);
    assertThat(libib("GET", "/managers/bilbo%40example.com").statusCode()).isEqualTo(404);
    assertThat(libib("DELETE", "/managers/lonesome%40example.com").statusCode()).isEqualTo(400);
    assertThat(json(libib("GET", "/accounts")).get("accounts").get(0).get("manager_seats").asInt()).isEqualTo(5);
  }

  @Test
  void activePlatformServesThreePagesByAbsoluteNextLinksToItself() throws Exception {
    String url = sandbox.activePlatformBaseUrl() + "/api/v3/resellers/1/managers?page%5Bsize%5D=50&page%5Bnumber%5D=1";
    List<String> ids = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    while (url != null) {
      HttpResponse<String> response = activePlatform(url);
      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode body = json(response);
      body.get("data").forEach(resource -> {
        assertThat(resource.get("type").asText()).isEqualTo("managers");
        ids.add(resource.get("id").asText());
      });
      sizes.add(body.get("data").size());
      JsonNode next = body.at("/links/next");
      url = next.isNull() ? null : next.asText();
      if (url != null) {
        assertThat(url).startsWith(sandbox.activePlatformBaseUrl() + "/api/v3/resellers/1/managers?page%5Bnumber%5D=")
            .endsWith("&page%5Bsize%5D=50");
      }
    }
    assertThat(sizes).containsExactly(50, 50, 20);
    assertThat(ids).hasSize(120).doesNotHaveDuplicates().startsWith("431").endsWith("550");
  }

  @Test
  void activePlatformValidatesItsParameters() throws Exception {
    HttpResponse<String> zero = activePlatform(sandbox.activePlatformBaseUrl() + "/api/v3/resellers/1/managers?page%5Bsize%5D=0");
    assertThat(zero.statusCode()).isEqualTo(422);
    assertThat(json(zero).at("/errors/0/source/parameter").asText()).isEqualTo("page[size]");
    assertThat(activePlatform(sandbox.activePlatformBaseUrl() + "/api/v3/resellers/77/managers").statusCode()).isEqualTo(404);
    JsonNode example = json(activePlatform(sandbox.activePlatformBaseUrl() + "/api/v3/resellers/1/managers?page%5Bsize%5D=2&page%5Bnumber%5D=60"));
    assertThat(example.at("/links/next").isNull()).isTrue();
    assertThat(example.at("/links/prev").asText()).contains("page%5Bnumber%5D=59");
    assertThat(example.at("/data/0/attributes/manager_role").has("id")).isTrue();
  }

  @Test
  void theStandaloneSandboxRunsOnAGivenPortAndDescribesItself() throws Exception {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    try (Sandbox standalone = Sandbox.start(port)) {
      assertThat(Sandbox.describe(standalone)).contains("http://127.0.0.1:" + port + "/libib")
          .contains(Sandbox.LIBIB_API_KEY).contains(Sandbox.ACTIVEPLATFORM_API_TOKEN).contains("curl");
      HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/libib/managers"))
          .header("x-api-key", Sandbox.LIBIB_API_KEY).header("x-api-user", Sandbox.LIBIB_API_USER));
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(json(response).get("managers").size()).isEqualTo(3);
    }
  }
}
