package dev.apiclients.activeplatform;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.apiclients.activeplatform.ManagersTest.jsonApi;
import static dev.apiclients.activeplatform.ManagersTest.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.PaginationException;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.http.testing.Advice;
import dev.apiclients.http.testing.KeepAliveServer;
import dev.apiclients.http.testing.Stubs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a careless configuration or an odd server's links do to the client: user info in the base
 * URL, odd ports and hosts, upper-case schemes, relative and self-referencing next links, and
 * what a closed client keeps.
 */
class ConfigurationAndLinkShapesTest {

  private static final String TOKEN = "tok-9f8e7d";
  private static final String PATH = "/api/v3/resellers/1/managers";
  private static final String FIRST = PATH + "?page%5Bsize%5D=2&page%5Bnumber%5D=1";

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private static ActivePlatformClient.Builder builder(String baseUrl) {
    return ActivePlatformClient.builder().baseUrl(baseUrl).apiToken(TOKEN).pageSize(2)
        .retryPolicy(RetryPolicy.none());
  }

  // ------------------------------------------------------------------ configuration

  @Test
  void aPasswordInTheBaseUrlShowsNowhere() {
    ActivePlatformClient.Builder withPassword = builder("https://alice:secret@cp.example.com");
    assertThat(withPassword.toString()).doesNotContain("secret").doesNotContain("alice").contains("cp.example.com");
    for (String url : List.of("https://alice:secret@cp.example.com", "https://alice:secret@cp_example.com",
        "https://alice:secret@cp.example.com/a b", "ftp://alice:secret@cp.example.com")) {
      assertThatThrownBy(() -> builder(url).build()).as(url).isInstanceOf(IllegalArgumentException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret").doesNotContain("alice"));
    }
  }

  @Test
  void portsAndLoopbackAddressesAreParsedOnce() {
    assertThatThrownBy(() -> builder("https://cp.example.com:80800").build()).hasMessageContaining("port");
    for (String url : List.of("http://[0:0:0:0:0:0:0:1]:8080", "http://[0::1]", "http://[::1]")) {
      try (ActivePlatformClient ap = builder(url).build()) {
        assertThat(ap).as(url).isNotNull();
      }
    }
  }

  @Test
  void thePlainHttpAdviceNamesAnOptionOfThisBuilder() {
    Advice.namesAnOptionOf(catchThrowable(() -> builder("http://sandbox.internal:8089").build()),
        ActivePlatformClient.Builder.class);
    try (ActivePlatformClient ap = builder("http://sandbox.internal:8089").allowInsecureHttp(true).build()) {
      assertThat(ap.toString()).contains("http://sandbox.internal:8089");
    }
  }

  // ------------------------------------------------------------------ link shapes

  @Test
  void anUpperCaseSchemeInTheBaseUrlAndInANextLinkWorks() {
    String upper = server.baseUrl().replace("http://localhost", "HTTP://LOCALHOST");
    server.stubFor(get(urlEqualTo(FIRST)).willReturn(jsonApi(page(List.of(1, 2), upper + PATH + "?page%5Bnumber%5D=2"))));
    server.stubFor(get(urlEqualTo(PATH + "?page%5Bnumber%5D=2")).willReturn(jsonApi(page(List.of(3), null))));

    try (ActivePlatformClient ap = builder(upper).build()) {
      assertThat(ap.managers().getManagers(1)).extracting(Manager::id).containsExactly("1", "2", "3");
    }
    server.verify(2, anyRequestedFor(anyUrl()));
  }

  @Test
  void relativeNextLinksResolveAgainstThePageTheyCameFrom() {
    server.stubFor(get(urlEqualTo(FIRST)).willReturn(jsonApi(page(List.of(1, 2), "?page%5Bnumber%5D=2&page%5Bsize%5D=2"))));
    server.stubFor(get(urlEqualTo(PATH + "?page%5Bnumber%5D=2&page%5Bsize%5D=2"))
        .willReturn(jsonApi(page(List.of(3, 4), "managers?page%5Bnumber%5D=3&page%5Bsize%5D=2"))));
    server.stubFor(get(urlEqualTo(PATH + "?page%5Bnumber%5D=3&page%5Bsize%5D=2")).willReturn(jsonApi(page(List.of(5), null))));

    try (ActivePlatformClient ap = builder(server.baseUrl()).build()) {
      assertThat(ap.managers().getManagers(1)).extracting(Manager::id).containsExactly("1", "2", "3", "4", "5");
    }
    server.verify(3, getRequestedFor(urlPathEqualTo(PATH)));
    server.verify(3, anyRequestedFor(anyUrl()));
  }

  @Test
  void aNextLinkToTheFirstPageIsRefusedBeforeItIsSentAndNoManagerComesTwice() {
    server.stubFor(get(urlEqualTo(FIRST)).willReturn(jsonApi(page(List.of(1, 2), server.baseUrl() + FIRST))));
    List<String> handed = new ArrayList<>();

    try (ActivePlatformClient ap = builder(server.baseUrl()).build()) {
      assertThatThrownBy(() -> ap.managers().streamManagers(1).forEach(m -> handed.add(m.id())))
          .isInstanceOf(PaginationException.class).hasMessageContaining("already fetched");
    }
    assertThat(handed).containsExactly("1", "2");
    server.verify(1, anyRequestedFor(anyUrl()));
  }

  // ------------------------------------------------------------------ close

  @Test
  void aClosedClientClosesItsConnectionAndRefusesFurtherCalls() throws Exception {
    try (KeepAliveServer keepAlive = KeepAliveServer.start(line -> "{\"data\":[],\"links\":{\"next\":null}}")) {
      ActivePlatformClient ap = builder(keepAlive.baseUrl()).build();
      assertThat(ap.managers().getManagers(1)).isEmpty();
      assertThat(keepAlive.open()).isEqualTo(1);

      ap.close();

      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (keepAlive.open() > 0 && System.nanoTime() < deadline) {
        System.gc();    // Java 17 reclaims the client it let go of; 21 and later close it at once
        Thread.sleep(50);
      }
      assertThat(keepAlive.open()).as("connections left open").isZero();
      assertThatThrownBy(() -> ap.managers().getManagers(1)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("closed");
      assertThat(keepAlive.requestLines()).hasSize(1);
    }
  }
}
