package dev.apiclients.libib;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
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
import static dev.apiclients.libib.LibibTestSupport.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.apiclients.http.ApiConnectionException;
import dev.apiclients.http.BadRequestException;
import dev.apiclients.http.ForbiddenException;
import dev.apiclients.http.NotFoundException;
import dev.apiclients.http.RateLimitedException;
import dev.apiclients.http.ResponseDecodingException;
import dev.apiclients.http.ServerException;
import dev.apiclients.http.UnauthorizedException;
import dev.apiclients.http.testing.FakeTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import dev.apiclients.http.testing.Stubs;
import org.junit.jupiter.api.extension.RegisterExtension;

class ManagersAndAccountsTest {

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final FakeTime time = new FakeTime();
  private final LibibClient libib = client(server, time);

  private static final String MANAGERS = """
      {"total": 4, "managers": [
        {"first_name": "Larry", "last_name": "McMurtry", "email": "lonesome@example.com", "role": "owner"},
        {"first_name": "Samwise", "last_name": "Gamgee", "email": "samthewise@example.com", "role": "lender"},
        {"first_name": "Anaïs", "last_name": "Nin", "email": "angela@example.com", "role": "admin"},
        {"first_name": "New", "last_name": "Role", "email": "new@example.com", "role": "curator", "extra": 1}
      ]}""";

  private static RequestPatternBuilder withCredentials(RequestPatternBuilder request) {
    return request.withHeader("x-api-key", equalTo(KEY)).withHeader("x-api-user", equalTo(USER))
        .withHeader("x-api-ultimate", absent());
  }

  @Test
  void getManagersSendsTheCredentialsAndDecodesEveryRole() {
    server.stubFor(get(urlEqualTo("/managers")).willReturn(okJson(MANAGERS)));

    List<Manager> managers = libib.managers().getManagers();

    assertThat(managers).containsExactly(
        new Manager("Larry", "McMurtry", "lonesome@example.com", ManagerRole.OWNER),
        new Manager("Samwise", "Gamgee", "samthewise@example.com", ManagerRole.LENDER),
        new Manager("Anaïs", "Nin", "angela@example.com", ManagerRole.ADMIN),
        new Manager("New", "Role", "new@example.com", ManagerRole.UNKNOWN));
    server.verify(1, withCredentials(getRequestedFor(urlEqualTo("/managers"))));
  }

  @Test
  void apiUltimateIsSentWhenGiven() {
    server.stubFor(get(urlEqualTo("/managers")).willReturn(okJson(MANAGERS)));

    LibibTestSupport.builder(server, time).apiUltimate("ultimate-9").build().managers().getManagers();

    server.verify(getRequestedFor(urlEqualTo("/managers")).withHeader("x-api-ultimate", equalTo("ultimate-9")));
  }

  @Test
  void getManagerByIdEncodesTheEmailAsOneSegment() {
    server.stubFor(get(urlEqualTo("/managers/a%2Bb%40example.com")).willReturn(okJson(
        "{\"first_name\":\"Samwise\",\"last_name\":\"Gamgee\",\"email\":\"a+b@example.com\",\"role\":\"admin\"}")));

    Manager manager = libib.managers().getManagerById("a+b@example.com");

    assertThat(manager).isEqualTo(new Manager("Samwise", "Gamgee", "a+b@example.com", ManagerRole.ADMIN));
    server.verify(1, withCredentials(getRequestedFor(urlEqualTo("/managers/a%2Bb%40example.com"))));
  }

  @Test
  void aRoleThatIsNullAnArrayOrAnObjectIsUnknownAndTheRestIsStillRead() {
    for (String role : List.of("null", "[\"admin\"]", "{\"name\":\"admin\"}")) {
      server.stubFor(get(urlEqualTo("/managers/sam%40example.com")).willReturn(okJson(
          "{\"first_name\":\"Sam\",\"role\":" + role + ",\"last_name\":\"G\",\"email\":\"sam@example.com\"}")));

      assertThat(libib.managers().getManagerById("sam@example.com")).as(role)
          .isEqualTo(new Manager("Sam", "G", "sam@example.com", ManagerRole.UNKNOWN));
    }
  }

  @Test
  void getManagerByIdAcceptsAWrappedManager() {
    server.stubFor(get(urlEqualTo("/managers/sam%40example.com")).willReturn(okJson(
        "{\"manager\":{\"first_name\":\"Sam\",\"last_name\":\"G\",\"email\":\"sam@example.com\",\"role\":\"manager\"}}")));

    assertThat(libib.managers().getManagerById("sam@example.com").role()).isEqualTo(ManagerRole.MANAGER);
  }

  @Test
  void getManagerByIdOfAnUnknownManagerIsNotFound() {
    server.stubFor(get(urlEqualTo("/managers/ghost%40example.com"))
        .willReturn(aResponse().withStatus(404).withBody("{\"error\":\"Manager not found\"}")));

    assertThatThrownBy(() -> libib.managers().getManagerById("ghost@example.com"))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("Manager not found");
  }

  @Test
  void createManagerSendsEveryFieldAsQueryParametersAndMasksThePassword() {
    // Libib answers with the created manager, never the password.
    server.stubFor(post(urlPathEqualTo("/managers")).willReturn(okJson(
        "{\"first_name\":\"Samwise\",\"last_name\":\"Gamgee\",\"email\":\"samthewise@example.com\",\"role\":\"admin\"}")));

    Manager created = libib.managers().createManager(NewManager.builder().email("samthewise@example.com")
        .firstName("Samwise").lastName("Gamgee").password("secret-password").role(ManagerRole.ADMIN).build());

    assertThat(created).isEqualTo(new Manager("Samwise", "Gamgee", "samthewise@example.com", ManagerRole.ADMIN));
    server.verify(1, withCredentials(postRequestedFor(urlEqualTo(
        "/managers?first_name=Samwise&last_name=Gamgee&email=samthewise%40example.com&password=secret-password&role=admin"))));
    assertThat(server.getAllServeEvents().get(0).getRequest().getBodyAsString()).isEmpty();
  }

  @Test
  void createManagerRejectedByLibibNamesTheReasonWithoutThePassword() {
    server.stubFor(post(urlPathEqualTo("/managers"))
        .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"No open manager seats\"}")));
    NewManager manager = NewManager.builder().email("x@example.com").firstName("X").lastName("Y")
        .password("pw-that-is-long").role(ManagerRole.LENDER).build();

    assertThatThrownBy(() -> libib.managers().createManager(manager))
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          assertThat(e.getMessage()).contains("No open manager seats").contains("password=***")
              .doesNotContain("pw-that-is-long");
          assertThat(e.url()).doesNotContain("pw-that-is-long");
        });
    assertThat(manager.toString()).doesNotContain("pw-that-is-long");
  }

  @Test
  void createManagerIsNotResentAfterAConnectionReset() {
    server.stubFor(post(urlPathEqualTo("/managers")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    NewManager manager = NewManager.builder().email("x@example.com").firstName("X").lastName("Y")
        .password("pw-that-is-long").role(ManagerRole.LENDER).build();

    assertThatThrownBy(() -> libib.managers().createManager(manager))
        .isInstanceOfSatisfying(ApiConnectionException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
    server.verify(1, postRequestedFor(urlPathEqualTo("/managers")));
  }

  @Test
  void createManagerValidatesBeforeSending() {
    NewManager.Builder valid = NewManager.builder().email("x@example.com").firstName("X").lastName("Y")
        .password("long-enough").role(ManagerRole.ADMIN);
    assertThatThrownBy(() -> NewManager.builder().firstName("X").lastName("Y").password("long-enough")
        .role(ManagerRole.ADMIN).build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email");
    assertThatThrownBy(() -> valid.password(null).build()).hasMessageContaining("password is required");
    assertThatThrownBy(() -> valid.password("short").build()).hasMessageContaining("at least 8");
    valid.password("long-enough");
    assertThatThrownBy(() -> valid.role(null).build()).hasMessageContaining("role");
    assertThatThrownBy(() -> valid.role(ManagerRole.OWNER).build()).hasMessageContaining("admin, manager or lender");
    assertThatThrownBy(() -> valid.role(ManagerRole.ADMIN).firstName(" ").build()).hasMessageContaining("firstName");
    assertThatThrownBy(() -> libib.managers().createManager(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> libib.managers().getManagerById(" ")).hasMessageContaining("email must not be blank");
    assertThatThrownBy(() -> libib.managers().deleteManager(null)).hasMessageContaining("email must not be blank");
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void deleteManagerAcceptsNoContent() {
    server.stubFor(delete(urlEqualTo("/managers/samthewise%40example.com")).willReturn(aResponse().withStatus(204)));

    libib.managers().deleteManager("samthewise@example.com");

    server.verify(1, withCredentials(deleteRequestedFor(urlEqualTo("/managers/samthewise%40example.com"))));
  }

  @Test
  void deletingTheOwnerIsABadRequest() {
    server.stubFor(delete(urlEqualTo("/managers/lonesome%40example.com"))
        .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"The owner cannot be removed\"}")));

    assertThatThrownBy(() -> libib.managers().deleteManager("lonesome@example.com"))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("The owner cannot be removed");
    server.verify(1, deleteRequestedFor(urlEqualTo("/managers/lonesome%40example.com")));
  }

  @Test
  void getAccountsDecodesEveryField() {
    server.stubFor(get(urlEqualTo("/accounts")).willReturn(okJson("""
        {"accounts": [{"organization": "Shire Library", "api_id": "12345", "email": "lonesome@example.com",
          "first_name": "Larry", "last_name": "McMurtry", "manager_seats": 5, "url": "shire",
          "authorized": 1}]}""")));

    assertThat(libib.accounts().getAccounts()).containsExactly(new Account(
        "Shire Library", "12345", "lonesome@example.com", "Larry", "McMurtry", 5, "shire", true));
    server.verify(1, withCredentials(getRequestedFor(urlEqualTo("/accounts"))));
  }

  @Test
  void authFailuresHintAtTheCredentials() {
    server.stubFor(get(urlEqualTo("/accounts")).willReturn(aResponse().withStatus(401).withBody("{\"error\":\"Invalid API key\"}")));
    server.stubFor(get(urlEqualTo("/managers")).willReturn(aResponse().withStatus(403).withBody("")));

    assertThatThrownBy(() -> libib.accounts().getAccounts()).isInstanceOf(UnauthorizedException.class)
        .hasMessageContaining("Invalid API key").hasMessageContaining("x-api-key").hasMessageContaining("x-api-user")
        .hasMessageNotContaining(KEY);
    assertThatThrownBy(() -> libib.managers().getManagers()).isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("x-api-key");
  }

  @Test
  void rateLimitedReadWaitsRetryAfterThenSucceeds() {
    dev.apiclients.http.testing.Stubs.sequence(server, () -> get(urlEqualTo("/managers")), List.of(
        aResponse().withStatus(429).withHeader("Retry-After", "5"), okJson(MANAGERS)));

    assertThat(libib.managers().getManagers()).hasSize(4);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void rateLimitBeyondTheCapIsReported() {
    server.stubFor(get(urlEqualTo("/managers")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "600")));

    assertThatThrownBy(() -> libib.managers().getManagers()).isInstanceOfSatisfying(RateLimitedException.class,
        e -> assertThat(e.retryAfter()).contains(Duration.ofMinutes(10)));
  }

  @Test
  void serverErrorsOnReadsAreRetried() {
    server.stubFor(get(urlEqualTo("/managers")).willReturn(aResponse().withStatus(502).withBody("<html>bad gateway</html>")));

    assertThatThrownBy(() -> libib.managers().getManagers()).isInstanceOf(ServerException.class)
        .hasMessageContaining("bad gateway");
    server.verify(4, getRequestedFor(urlEqualTo("/managers")));
  }

  @Test
  void malformedAndNonJsonBodiesGiveResponseDecodingException() {
    server.stubFor(get(urlEqualTo("/managers")).willReturn(okJson("{\"managers\": [{\"first_name\": ")));
    server.stubFor(get(urlEqualTo("/accounts")).willReturn(aResponse().withStatus(200).withBody("<html>hello</html>")));
    server.stubFor(get(urlEqualTo("/managers/x%40example.com")).willReturn(okJson("[1,2]")));

    assertThatThrownBy(() -> libib.managers().getManagers()).isInstanceOf(ResponseDecodingException.class);
    assertThatThrownBy(() -> libib.accounts().getAccounts()).isInstanceOf(ResponseDecodingException.class)
        .hasMessageContaining("<html>hello</html>");
    assertThatThrownBy(() -> libib.managers().getManagerById("x@example.com"))
        .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("expected a manager object");
  }

  @Test
  void aReadTimeoutOnDeleteIsNotResent() {
    server.stubFor(delete(urlEqualTo("/managers/x%40example.com")).willReturn(aResponse().withStatus(204).withFixedDelay(5_000)));
    LibibClient impatient = LibibTestSupport.builder(server, time).readTimeout(Duration.ofSeconds(1)).build();

    assertThatThrownBy(() -> impatient.managers().deleteManager("x@example.com"))
        .isInstanceOfSatisfying(ApiConnectionException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
    server.verify(1, deleteRequestedFor(urlEqualTo("/managers/x%40example.com")));
  }

  @Test
  void builderValidatesAndToStringShowsNoSecret() {
    assertThatThrownBy(() -> LibibClient.builder().apiUser(USER).build()).hasMessageContaining("apiKey is required");
    assertThatThrownBy(() -> LibibClient.builder().apiKey(KEY).build()).hasMessageContaining("apiUser is required");
    assertThatThrownBy(() -> LibibClient.builder().apiKey(KEY).apiUser(USER).apiUltimate(" ").build())
        .hasMessageContaining("apiUltimate");
    assertThatThrownBy(() -> LibibClient.builder().apiKey(KEY).apiUser(USER).requestInterval(Duration.ofSeconds(-1)).build())
        .hasMessageContaining("requestInterval");
    assertThatThrownBy(() -> LibibClient.builder().apiKey(KEY).apiUser(USER).baseUrl("http://api.libib.com").build())
        .hasMessageContaining("plain http");
    LibibClient.Builder builder = LibibClient.builder().apiKey(KEY).apiUser(USER).apiUltimate("ultimate-secret-1");
    assertThat(builder.toString() + builder.build()).doesNotContain(KEY).doesNotContain(USER).doesNotContain("ultimate-secret-1");
    assertThat(builder.build().toString()).contains("https://api.libib.com").contains("PT2S");
  }
}
