package dev.apiclients.libib;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.testing.Advice;
import dev.apiclients.http.testing.Stubs;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Base URLs as a careless user writes them: a password in them, upper case, an odd port, plain http. */
class BaseUrlTest {

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private static LibibClient.Builder builder(String baseUrl) {
    return LibibClient.builder().baseUrl(baseUrl).apiKey("key-1").apiUser("user-1").requestInterval(Duration.ZERO);
  }

  @Test
  void aPasswordInTheBaseUrlIsRefusedWithoutRepeatingIt() {
    for (String url : List.of("https://alice:secret@api.libib.com", "https://alice:secret@api_libib.com",
        "https://alice:secret@api.libib.com/a b", "ftp://alice:secret@api.libib.com")) {
      assertThatThrownBy(() -> builder(url).build()).as(url).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("baseUrl")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret").doesNotContain("alice"));
    }
  }

  @Test
  void anUpperCaseSchemeAndHostWork() {
    server.stubFor(get(urlPathEqualTo("/managers")).willReturn(okJson("{\"total\":0,\"managers\":[]}")));

    try (LibibClient libib = builder(server.baseUrl().replace("http://localhost", "HTTP://LocalHost")).build()) {
      assertThat(libib.managers().getManagers()).isEmpty();
    }
    server.verify(1, getRequestedFor(urlPathEqualTo("/managers")));
  }

  @Test
  void aPortOutOfRangeIsRefusedByBuild() {
    assertThatThrownBy(() -> builder("https://api.libib.com:80800").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port 80800");
  }

  @Test
  void thePlainHttpAdviceNamesAnOptionOfThisBuilder() {
    Advice.namesAnOptionOf(catchThrowable(() -> builder("http://sandbox.internal:8089/libib").build()),
        LibibClient.Builder.class);
    try (LibibClient libib = builder("http://sandbox.internal:8089/libib").allowInsecureHttp(true).build()) {
      assertThat(libib.toString()).contains("http://sandbox.internal:8089/libib");
    }
  }
}
