package dev.apiclients.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigAndPolicyTest {

  @Test
  void baseUrlIsRequiredAndValidated() {
    assertThatThrownBy(() -> HttpClientConfig.builder().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl is required");
    assertThatThrownBy(() -> HttpClientConfig.builder().baseUrl("api.example.com").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute http(s) URL");
    assertThatThrownBy(() -> HttpClientConfig.builder().baseUrl("https://u:p@api.example.com").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user info");
    assertThatThrownBy(() -> HttpClientConfig.builder().baseUrl("http://api.example.com").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plain http");
  }

  @Test
  void plainHttpIsAllowedOnLoopbackOrWhenOptedIn() {
    assertThat(HttpClientConfig.builder().baseUrl("http://localhost:8080/").build().baseUrl())
        .isEqualTo(URI.create("http://localhost:8080"));
    assertThat(HttpClientConfig.builder().baseUrl("http://127.0.0.1:9").build().baseUrl().getPort()).isEqualTo(9);
    assertThat(HttpClientConfig.builder().baseUrl("http://intranet.test").allowInsecureHttp(true).build().baseUrl())
        .isEqualTo(URI.create("http://intranet.test"));
  }

  @Test
  void optionsAreValidatedByName() {
    HttpClientConfig.Builder ok = HttpClientConfig.builder().baseUrl("https://api.example.com");
    assertThatThrownBy(() -> ok.readTimeout(Duration.ZERO).build()).hasMessageContaining("readTimeout");
    ok.readTimeout(Duration.ofSeconds(1));
    assertThatThrownBy(() -> ok.connectTimeout(null).build()).hasMessageContaining("connectTimeout");
    ok.connectTimeout(Duration.ofSeconds(1));
    assertThatThrownBy(() -> ok.requestInterval(Duration.ofSeconds(-1)).build()).hasMessageContaining("requestInterval");
    ok.requestInterval(Duration.ZERO);
    assertThatThrownBy(() -> ok.userAgent("a\nb").build()).hasMessageContaining("userAgent");
  }

  @Test
  void aTransportOfYourOwnMustNotFollowRedirectsAndKeepsItsConnectTimeout() {
    java.net.http.HttpClient following = java.net.http.HttpClient.newBuilder()
        .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
    java.net.http.HttpClient plain = java.net.http.HttpClient.newHttpClient();

    assertThatThrownBy(() -> HttpClientConfig.builder().baseUrl("https://api.example.com").transport(following).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("followRedirects(HttpClient.Redirect.NEVER)");
    assertThatThrownBy(() -> HttpClientConfig.builder().baseUrl("https://api.example.com").transport(plain)
        .connectTimeout(java.time.Duration.ofSeconds(3)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout does not apply");
    assertThat(HttpClientConfig.builder().baseUrl("https://api.example.com").transport(plain).build().transport())
        .isSameAs(plain);
  }

  @Test
  void configToStringMasksCredentials() {
    HttpClientConfig config = HttpClientConfig.builder().baseUrl("https://api.example.com")
        .credentials(CredentialHeaders.of(java.util.Map.of("X-Api-Token", "tok-very-secret"))).build();

    assertThat(config.toString()).contains("X-Api-Token=***").doesNotContain("tok-very-secret");
  }

  @Test
  void originPolicyResolvesRelativeLinksAndRefusesOtherOrigins() {
    OriginPolicy policy = new OriginPolicy(URI.create("https://cp.example.com/base"));

    assertThat(policy.resolve("/api/v3/x?page%5Bnumber%5D=2")).isEqualTo(URI.create("https://cp.example.com/api/v3/x?page%5Bnumber%5D=2"));
    assertThat(policy.resolve("next?p=2")).isEqualTo(URI.create("https://cp.example.com/base/next?p=2"));
    assertThat(policy.resolve("https://CP.example.com:443/y")).isEqualTo(URI.create("https://CP.example.com:443/y"));
    assertThatThrownBy(() -> policy.resolve("http://cp.example.com/y")).isInstanceOf(UntrustedLinkException.class);
    assertThatThrownBy(() -> policy.resolve("https://cp.example.com:8443/y")).isInstanceOf(UntrustedLinkException.class);
    assertThatThrownBy(() -> policy.resolve("https://evil.example.com/y")).isInstanceOf(UntrustedLinkException.class)
        .hasMessageContaining("evil.example.com");
    assertThatThrownBy(() -> policy.resolve("//evil.example.com/y")).isInstanceOf(UntrustedLinkException.class);
    assertThatThrownBy(() -> policy.resolve("https://user@cp.example.com/y")).isInstanceOf(UntrustedLinkException.class);
    assertThatThrownBy(() -> policy.resolve("ht tp://bad")).isInstanceOf(UntrustedLinkException.class);
  }

  @Test
  void pathSegmentsStayOneSegment() {
    assertThat(PathSegment.encode("samthewise@example.com")).isEqualTo("samthewise%40example.com");
    assertThat(PathSegment.encode("a+b@example.com")).isEqualTo("a%2Bb%40example.com");
    assertThat(PathSegment.encode("12/34")).isEqualTo("12%2F34");
    assertThat(PathSegment.encode("../x")).isEqualTo("..%2Fx");
    assertThatThrownBy(() -> PathSegment.encode("..")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be '..'");
    assertThatThrownBy(() -> PathSegment.encode(".")).isInstanceOf(IllegalArgumentException.class);
    assertThat(PathSegment.encode("a?b#c%d e")).isEqualTo("a%3Fb%23c%25d%20e");
    assertThat(PathSegment.encode("Anaïs")).isEqualTo("Ana%C3%AFs");
    assertThatThrownBy(() -> PathSegment.encode(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PathSegment.encode(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void retryPolicyDecisions() {
    RetryPolicy policy = RetryPolicy.builder().jitter(0).build();

    assertThat(policy.delayAfterResponse("GET", 503, Optional.empty(), 1)).contains(Duration.ofMillis(500));
    assertThat(policy.delayAfterResponse("GET", 503, Optional.empty(), 3)).contains(Duration.ofSeconds(2));
    assertThat(policy.delayAfterResponse("GET", 503, Optional.empty(), 4)).isEmpty();
    assertThat(policy.delayAfterResponse("POST", 503, Optional.empty(), 1)).isEmpty();
    assertThat(policy.delayAfterResponse("DELETE", 500, Optional.empty(), 1)).isEmpty();
    assertThat(policy.delayAfterResponse("POST", 429, Optional.of(Duration.ofSeconds(2)), 1)).contains(Duration.ofSeconds(2));
    assertThat(policy.delayAfterResponse("GET", 429, Optional.of(Duration.ofSeconds(61)), 1)).isEmpty();
    assertThat(policy.delayAfterResponse("GET", 400, Optional.of(Duration.ofSeconds(1)), 1)).isEmpty();
    assertThat(policy.delayAfterConnectionFailure("POST", false, 1)).contains(Duration.ofMillis(500));
    assertThat(policy.delayAfterConnectionFailure("POST", true, 1)).isEmpty();
    assertThat(policy.delayAfterConnectionFailure("PATCH", true, 1)).isEmpty();
    assertThat(policy.delayAfterConnectionFailure("GET", true, 1)).contains(Duration.ofMillis(500));
    assertThat(RetryPolicy.none().delayAfterResponse("GET", 503, Optional.empty(), 1)).isEmpty();
  }

  @Test
  void backoffIsCappedAndJitterOnlyShortensIt() {
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(20).initialBackoff(Duration.ofSeconds(1))
        .maxBackoff(Duration.ofSeconds(5)).jitter(0.5).build();

    for (int attempt = 1; attempt < 20; attempt++) {
      Duration wait = policy.delayAfterResponse("GET", 500, Optional.empty(), attempt).orElseThrow();
      long ceiling = Math.min(5_000, 1_000L << Math.min(attempt - 1, 10));
      assertThat(wait.toMillis()).isBetween(ceiling / 2, ceiling);
    }
  }

  @Test
  void retryPolicyValidates() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0).build()).hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5).build()).hasMessageContaining("jitter");
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(10)).maxBackoff(Duration.ofSeconds(1)).build())
        .hasMessageContaining("maxBackoff");
  }

  // ------------------------------------------------------------------ base URL shapes

  @Test
  void aBaseUrlWithUserInfoIsRefusedWithoutRepeatingIt() {
    for (String url : List.of("https://alice:secret@cp.example.com", "https://alice:secret@cp_example.com",
        "https://alice:secret@cp.example.com/a b", "ftp://alice:secret@cp.example.com", "alice:secret@cp.example.com",
        "https://alice:secret@cp.example.com:80800", "https://alice:secret@[::1", "HTTP://alice:secret@CP.example.com")) {
      assertThatThrownBy(() -> HttpClientConfig.builder().baseUrl(url).build()).as(url)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("baseUrl")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret").doesNotContain("alice"));
    }
    assertThat(ConfigChecks.withoutUserInfo("https://alice:secret@cp.example.com/x@y?z=@"))
        .isEqualTo("https://***@cp.example.com/x@y?z=@");
    assertThat(ConfigChecks.withoutUserInfo("https://cp.example.com/x@y")).isEqualTo("https://cp.example.com/x@y");
  }

  @Test
  void malformedBaseUrlsAreRefusedAndTheMessageShowsThemWithoutUserInfo() {
    assertThatThrownBy(() -> HttpClientConfig.builder().baseUrl("https://cp_example.com").build())
        .hasMessageContaining("host name").hasMessageContaining("https://cp_example.com");
    assertThatThrownBy(() -> HttpClientConfig.builder().baseUrl("https://cp.example.com/a b").build())
        .hasMessageContaining("not a valid URL");
    assertThatThrownBy(() -> HttpClientConfig.builder().baseUrl("ftp://cp.example.com").build())
        .hasMessageContaining("http(s)");
  }

  @Test
  void aPortOutsideOneTo65535IsRefusedByBuild() {
    for (String port : List.of("80800", "0", "65536")) {
      assertThatThrownBy(() -> HttpClientConfig.builder().baseUrl("https://api.example.com:" + port).build())
          .as(port).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port");
    }
    assertThat(HttpClientConfig.builder().baseUrl("https://api.example.com:65535").build().baseUrl().getPort())
        .isEqualTo(65535);
    assertThat(HttpClientConfig.builder().baseUrl("https://api.example.com:1").build().baseUrl().getPort())
        .isEqualTo(1);
  }

  @Test
  void loopbackIsRecognisedAsAnAddressInAnySpellingAndNeverByAPrefix() {
    for (String url : List.of("http://[0:0:0:0:0:0:0:1]:8080", "http://[0::1]", "http://[::1]:9", "http://127.0.0.1",
        "http://127.3.2.1:80", "http://localhost", "http://LOCALHOST:8080", "http://[::ffff:127.0.0.1]")) {
      assertThat(HttpClientConfig.builder().baseUrl(url).build().baseUrl().getScheme()).as(url).isEqualTo("http");
    }
    for (String url : List.of("http://127.example.com", "http://[::2]", "http://10.0.0.1", "http://localhost.example.com",
        "http://0.0.0.0")) {
      assertThatThrownBy(() -> HttpClientConfig.builder().baseUrl(url).build()).as(url)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plain http");
    }
  }

  @Test
  void schemeAndHostAreCaseInsensitiveAndComeBackInLowerCase() {
    assertThat(HttpClientConfig.builder().baseUrl("HTTPS://API.Example.COM/Base/").build().baseUrl())
        .hasToString("https://api.example.com/Base");
    assertThat(HttpClientConfig.builder().baseUrl("HTTP://LOCALHOST:8080").build().baseUrl())
        .hasToString("http://localhost:8080");
    OriginPolicy policy = new OriginPolicy(URI.create("https://cp.example.com"));
    assertThat(policy.resolve("HTTPS://CP.EXAMPLE.COM/api?page=2")).hasToString("https://cp.example.com/api?page=2");
  }

  @Test
  void relativeLinksResolveAgainstThePageTheyCameFrom() {
    OriginPolicy policy = new OriginPolicy(URI.create("https://cp.example.com/base"));
    URI page = URI.create("https://cp.example.com/base/api/v3/resellers/1/managers?page%5Bnumber%5D=1");

    assertThat(policy.resolve("?page%5Bnumber%5D=2&page%5Bsize%5D=50", page))
        .hasToString("https://cp.example.com/base/api/v3/resellers/1/managers?page%5Bnumber%5D=2&page%5Bsize%5D=50");
    assertThat(policy.resolve("managers?page=2", page)).hasToString("https://cp.example.com/base/api/v3/resellers/1/managers?page=2");
    assertThat(policy.resolve("../2/managers", page)).hasToString("https://cp.example.com/base/api/v3/resellers/2/managers");
    assertThat(policy.resolve("/api/x", page)).hasToString("https://cp.example.com/api/x");
    assertThatThrownBy(() -> policy.resolve("//evil.example.com/x", page)).isInstanceOf(UntrustedLinkException.class);
    assertThat(policy.resolve("?p=2")).as("no page URL: the base URL as a directory")
        .hasToString("https://cp.example.com/base/?p=2");
  }

  /** RFC 3986, section 5.4.1: every normal example. */
  @Test
  void referenceResolutionFollowsRfc3986() {
    OriginPolicy policy = new OriginPolicy(URI.create("http://a"));
    URI base = URI.create("http://a/b/c/d;p?q");
    Map<String, String> examples = new java.util.LinkedHashMap<>();
    examples.put("g", "http://a/b/c/g");
    examples.put("./g", "http://a/b/c/g");
    examples.put("g/", "http://a/b/c/g/");
    examples.put("/g", "http://a/g");
    examples.put("?y", "http://a/b/c/d;p?y");
    examples.put("g?y", "http://a/b/c/g?y");
    examples.put("#s", "http://a/b/c/d;p?q#s");
    examples.put("g?y#s", "http://a/b/c/g?y#s");
    examples.put(";x", "http://a/b/c/;x");
    examples.put("g;x?y#s", "http://a/b/c/g;x?y#s");
    examples.put("", "http://a/b/c/d;p?q");
    examples.put(".", "http://a/b/c/");
    examples.put("./", "http://a/b/c/");
    examples.put("..", "http://a/b/");
    examples.put("../", "http://a/b/");
    examples.put("../g", "http://a/b/g");
    examples.put("../..", "http://a/");
    examples.put("../../", "http://a/");
    examples.put("../../g", "http://a/g");
    examples.put("../../../g", "http://a/g");
    examples.put("/./g", "http://a/g");
    examples.put("g..", "http://a/b/c/g..");
    examples.put("./../g", "http://a/b/g");
    examples.put("g/../h", "http://a/b/c/h");
    examples.forEach((reference, expected) ->
        assertThat(policy.resolve(reference, base)).as(reference).hasToString(expected));
  }

  @Test
  void aMalformedLinkIsRefusedWithoutQuotingIt() {
    OriginPolicy policy = new OriginPolicy(URI.create("https://cp.example.com"));
    assertThatThrownBy(() -> policy.resolve("https://cp.example.com/x?token=tok-abc def"))
        .isInstanceOf(UntrustedLinkException.class)
        .hasMessageContaining("malformed link")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("tok-abc"));
  }

  @Test
  void theInsecureHttpAdviceNamesAnOptionTheBuilderHas() {
    dev.apiclients.http.testing.Advice.namesAnOptionOf(org.assertj.core.api.Assertions.catchThrowable(
        () -> HttpClientConfig.builder().baseUrl("http://sandbox.internal:8089").build()), ClientBuilder.class);
    assertThat(HttpClientConfig.builder().baseUrl("http://sandbox.internal:8089").allowInsecureHttp(true).build()
        .baseUrl()).hasToString("http://sandbox.internal:8089");
  }
}
