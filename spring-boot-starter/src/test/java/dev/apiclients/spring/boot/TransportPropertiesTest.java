package dev.apiclients.spring.boot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.activeplatform.ActivePlatformClient;
import dev.apiclients.http.ApiException;
import dev.apiclients.http.testing.Stubs;
import dev.apiclients.libib.LibibClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The network, header and deadline properties both clients share. */
class TransportPropertiesTest {

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(LibibAutoConfiguration.class, ActivePlatformAutoConfiguration.class))
      .withPropertyValues("apiclients.libib.api-key=key-1", "apiclients.libib.api-user=user-1",
          "apiclients.libib.base-url=" + server.baseUrl(), "apiclients.libib.request-interval=0s",
          "apiclients.libib.retry.max-attempts=1");

  @Test
  void defaultHeadersAndTheUserAgentTokenAreSentAfterTheLibrarysOwn() {
    server.stubFor(get("/").willReturn(okJson("{}")));
    runner.withPropertyValues("apiclients.libib.default-headers.X-Tenant=library-7",
            "apiclients.libib.default-headers.X-Env=test", "apiclients.libib.user-agent=member-sync/2.1")
        .run(context -> context.getBean(LibibClient.class).verifyCredentials());

    server.verify(1, getRequestedFor(urlEqualTo("/")).withHeader("X-Tenant", equalTo("library-7"))
        .withHeader("X-Env", equalTo("test"))
        .withHeader("User-Agent", matching("dev\\.apiclients-java/\\S+ member-sync/2\\.1")));
  }

  @Test
  void theRequestIdHeaderNamesWhereTheServersIdIsRead() {
    server.stubFor(get("/").willReturn(aResponse().withStatus(500).withHeader("X-Correlation", "req-42")
        .withHeader("X-Request-Id", "not-this-one").withBody("{}")));
    runner.withPropertyValues("apiclients.libib.request-id-header=X-Correlation")
        .run(context -> assertThatThrownBy(() -> context.getBean(LibibClient.class).verifyCredentials())
            .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.requestId()).hasValue("req-42")));
  }

  @Test
  void callTimeoutProxyAndHttpVersionReachTheClient() {
    runner.withPropertyValues("apiclients.libib.call-timeout=45s", "apiclients.libib.proxy.host=proxy.example.com",
            "apiclients.libib.proxy.port=8080", "apiclients.libib.http-version=http-2")
        .run(context -> {
          assertThat(context.getBean(LibibClient.class).toString())
              .contains("callTimeout=PT45S", "proxy=true", "httpVersion=HTTP_2");
          assertThat(context.getBean(LibibProperties.class).toString()).contains("proxy=proxy.example.com:8080");
        });
  }

  @Test
  void anSslBundleGivesTheClientItsTlsContext() {
    DefaultSslBundleRegistry bundles = new DefaultSslBundleRegistry("corporate-ca", SslBundle.of(SslStoreBundle.NONE));
    runner.withPropertyValues("apiclients.activeplatform.base-url=https://cp.example.com",
            "apiclients.activeplatform.api-token=token-1", "apiclients.activeplatform.ssl-bundle=corporate-ca")
        .withBean(SslBundles.class, () -> bundles)
        .run(context -> assertThat(context.getBean(ActivePlatformClient.class).toString()).contains("sslContext=true"));
  }

  @Test
  void anSslBundleThatIsNotThereFailsTheStartupNamingIt() {
    runner.withPropertyValues("apiclients.libib.ssl-bundle=corporate-ca")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("corporate-ca"));
    runner.withPropertyValues("apiclients.libib.ssl-bundle=corporate-ca")
        .withBean(SslBundles.class, DefaultSslBundleRegistry::new)
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("corporate-ca"));
  }
}
