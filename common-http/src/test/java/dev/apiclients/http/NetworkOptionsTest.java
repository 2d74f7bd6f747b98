package dev.apiclients.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.Stubs;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs alone: TLS servers and handshakes would starve the timing-sensitive classes running beside it. */
@Isolated
class NetworkOptionsTest {

  private static final String KEYSTORE = resource("tls/server.p12");

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  @RegisterExtension
  static WireMockExtension tls = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().dynamicHttpsPort()
          .keystorePath(KEYSTORE).keystoreType("PKCS12").keystorePassword("changeit").keyManagerPassword("changeit"))
      .failOnUnmatchedRequests(true)
      .build();

  private final FakeTime time = new FakeTime();

  private static String resource(String name) {
    try {
      return Path.of(NetworkOptionsTest.class.getClassLoader().getResource(name).toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The README's corporate CA recipe: trust the certificates of one PEM file. */
  static SSLContext trusting(InputStream pem) throws Exception {
    KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
    trusted.load(null, null);
    int n = 0;
    for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(pem)) {
      trusted.setCertificateEntry("corporate-ca-" + n++, certificate);
    }
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }

  private static HttpClientConfig.Builder config(String baseUrl, FakeTime time) {
    return TestApi.config(baseUrl, time).retryPolicy(RetryPolicy.none());
  }

  @Test
  void anSslContextTrustsACertificateTheJdkDoesNot() throws Exception {
    tls.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson("{\"id\":\"1\"}")));
    String base = "https://localhost:" + tls.getHttpsPort();
    SSLContext corporate;
    try (InputStream pem = getClass().getClassLoader().getResourceAsStream("tls/server.pem")) {
      corporate = trusting(pem);
    }

    TestApi trusting = new FeignClientFactory(config(base, time).sslContext(corporate)
        .connectTimeout(Duration.ofSeconds(20)).build()).create(TestApi.class, TestApi.DECODER);
    TestApi untrusting = new FeignClientFactory(config(base, time).build()).create(TestApi.class, TestApi.DECODER);

    assertThat(trusting.get("1").id()).isEqualTo("1");
    assertThatThrownBy(() -> untrusting.get("1")).isInstanceOf(ApiConnectionException.class);
    tls.verify(1, getRequestedFor(urlPathEqualTo("/things/1")).withHeader("x-api-key", equalTo("KEY-s3cr3t-123")));
  }

  @Test
  void requestsGoThroughTheProxyWithTheTargetHost() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson("{\"id\":\"1\"}")));
    TestApi api = new FeignClientFactory(config("http://api.example.test", time).allowInsecureHttp(true)
        .proxy(ProxySelector.of(new InetSocketAddress("localhost", server.getPort())))
        .connectTimeout(Duration.ofSeconds(20))
        .build()).create(TestApi.class, TestApi.DECODER);

    assertThat(api.get("1").id()).isEqualTo("1");

    server.verify(getRequestedFor(urlPathEqualTo("/things/1")).withHeader("Host", equalTo("api.example.test")));
  }

  @Test
  void theProxyAuthenticatorAnswersTheProxyAndOnlyTheProxy() {
    String credentials = "Basic " + Base64.getEncoder().encodeToString("proxy-user:proxy-pass".getBytes(StandardCharsets.UTF_8));
    server.stubFor(get(urlPathEqualTo("/things/1")).atPriority(5).willReturn(aResponse().withStatus(407)
        .withHeader("Proxy-Authenticate", "Basic realm=\"corp\"")));
    server.stubFor(get(urlPathEqualTo("/things/1")).atPriority(1)
        .withHeader("Proxy-Authorization", equalTo(credentials)).willReturn(okJson("{\"id\":\"1\"}")));
    server.stubFor(get(urlPathEqualTo("/things/2")).willReturn(aResponse().withStatus(401)
        .withHeader("WWW-Authenticate", "Basic realm=\"api\"")));
    server.stubFor(get(urlPathEqualTo("/things/3")).willReturn(aResponse().withStatus(401)));
    AtomicInteger asked = new AtomicInteger();
    Authenticator authenticator = new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        asked.incrementAndGet();
        return new PasswordAuthentication("proxy-user", "proxy-pass".toCharArray());
      }
    };
    TestApi api = new FeignClientFactory(config("http://api.example.test", time).allowInsecureHttp(true)
        .proxy(ProxySelector.of(new InetSocketAddress("localhost", server.getPort())))
        .proxyAuthenticator(authenticator)
        .build()).create(TestApi.class, TestApi.DECODER);

    assertThat(api.get("1").id()).isEqualTo("1");
    assertThat(asked).hasValue(1);
    // The API's own 401 is not answered with the proxy password.
    assertThatThrownBy(() -> api.get("2")).isInstanceOf(UnauthorizedException.class);
    assertThatThrownBy(() -> api.get("3")).isInstanceOf(UnauthorizedException.class);
    assertThat(asked).hasValue(1);
    server.verify(getRequestedFor(urlPathEqualTo("/things/2")).withHeader("Authorization", absent()));
  }

  @Test
  void theExecutorAndHttpVersionGoIntoTheClientTheLibraryBuilds() {
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(okJson("{\"id\":\"1\"}")));
    AtomicInteger tasks = new AtomicInteger();
    var pool = Executors.newSingleThreadExecutor();
    try {
      TestApi api = new FeignClientFactory(config(server.baseUrl(), time)
          .executor(task -> {
            tasks.incrementAndGet();
            pool.execute(task);
          })
          .httpVersion(HttpClient.Version.HTTP_1_1)
          .build()).create(TestApi.class, TestApi.DECODER);

      assertThat(api.get("1").id()).isEqualTo("1");
      assertThat(tasks.get()).isPositive();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void networkOptionsCannotBeCombinedWithATransportOfYourOwn() {
    HttpClient own = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    assertThatThrownBy(() -> config(server.baseUrl(), time).transport(own)
        .proxy(ProxySelector.of(new InetSocketAddress("localhost", 3128))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not apply to a transport of your own");
    assertThatThrownBy(() -> config(server.baseUrl(), time).transport(own).httpVersion(HttpClient.Version.HTTP_2).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("httpVersion");
    assertThatThrownBy(() -> config(server.baseUrl(), time).httpVersion(null).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("httpVersion");
  }

  @Test
  void theConfigurationShowsWhichOptionsAreSetButNoHeaderValue() {
    HttpClientConfig config = config(server.baseUrl(), time).defaultHeader("X-Tenant", "tenant-secret-9")
        .proxy(ProxySelector.of(new InetSocketAddress("localhost", 3128))).build();

    assertThat(config.toString()).contains("proxy=true", "defaultHeaders=[X-Tenant]").doesNotContain("tenant-secret-9");
  }
}
