package dev.apiclients.spring.boot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.activeplatform.ActivePlatformClient;
import dev.apiclients.http.LogLevel;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.http.ServerException;
import dev.apiclients.http.testing.Stubs;
import dev.apiclients.libib.LibibClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

class ClientAutoConfigurationTest {

  private static final String KEY = "libib-key-0123456789";
  private static final String USER = "libib-user-42";
  private static final String TOKEN = "ap-token-abcdef";

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(LibibAutoConfiguration.class, ActivePlatformAutoConfiguration.class));

  private String libibUrl() {
    return "apiclients.libib.base-url=" + server.baseUrl();
  }

  @Test
  void withoutCredentialsThereIsNoClient() {
    runner.withPropertyValues("apiclients.libib.api-key=" + KEY, "apiclients.activeplatform.base-url=https://cp.example.com")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(LibibClient.class).doesNotHaveBean(ActivePlatformClient.class)
              .doesNotHaveBean(LibibProperties.class);
        });
  }

  @Test
  void theLibibClientSendsTheConfiguredCredentialsToTheConfiguredUrl() {
    server.stubFor(get("/").willReturn(okJson("{}")));
    runner.withPropertyValues("apiclients.libib.api-key=" + KEY, "apiclients.libib.api-user=" + USER,
            "apiclients.libib.api-ultimate=ultimate-7", "apiclients.libib.request-interval=0s", libibUrl())
        .run(context -> {
          assertThat(context).hasSingleBean(LibibClient.class).doesNotHaveBean(ActivePlatformClient.class);
          context.getBean(LibibClient.class).verifyCredentials();
        });

    server.verify(1, getRequestedFor(urlEqualTo("/")).withHeader("x-api-key", equalTo(KEY))
        .withHeader("x-api-user", equalTo(USER)).withHeader("x-api-ultimate", equalTo("ultimate-7")));
  }

  @Test
  void everyPropertyIsBoundAndTheSecretsAreMasked() {
    runner.withPropertyValues("apiclients.libib.api-key=" + KEY, "apiclients.libib.api-user=" + USER,
            "apiclients.libib.request-interval=3s", "apiclients.libib.max-request-interval=20s",
            "apiclients.libib.write-interval=4s",
            "apiclients.libib.connect-timeout=2s", "apiclients.libib.read-timeout=5s", "apiclients.libib.max-pages=7",
            "apiclients.libib.log-level=basic", "apiclients.libib.retry.max-attempts=2",
            "apiclients.libib.retry.initial-backoff=1s", "apiclients.libib.retry.max-backoff=4s",
            "apiclients.libib.retry.max-retry-after=30s", "apiclients.libib.retry.jitter=0",
            "apiclients.libib.health.cache-ttl=1m",
            "apiclients.activeplatform.base-url=https://cp.example.com", "apiclients.activeplatform.api-token=" + TOKEN,
            "apiclients.activeplatform.page-size=100", "apiclients.activeplatform.reseller-id=12")
        .run(context -> {
          LibibProperties libib = context.getBean(LibibProperties.class);
          assertThat(libib.getRequestInterval()).isEqualTo(Duration.ofSeconds(3));
          assertThat(libib.getMaxRequestInterval()).isEqualTo(Duration.ofSeconds(20));
          assertThat(libib.getWriteInterval()).isEqualTo(Duration.ofSeconds(4));
          // The client starts its writes at the configured interval, its reads at the request interval.
          assertThat(context.getBean(LibibClient.class).currentWriteInterval()).isEqualTo(Duration.ofSeconds(4));
          assertThat(context.getBean(LibibClient.class).currentRequestInterval()).isEqualTo(Duration.ofSeconds(3));
          assertThat(libib.getConnectTimeout()).isEqualTo(Duration.ofSeconds(2));
          assertThat(libib.getReadTimeout()).isEqualTo(Duration.ofSeconds(5));
          assertThat(libib.getMaxPages()).isEqualTo(7);
          assertThat(libib.getLogLevel()).isEqualTo(LogLevel.BASIC);
          assertThat(libib.getRetry().toPolicy()).isEqualTo(new RetryPolicy(2, Duration.ofSeconds(1),
              Duration.ofSeconds(4), Duration.ofSeconds(30), 0));
          assertThat(libib.getHealth().getCacheTtl()).isEqualTo(Duration.ofMinutes(1));
          ActivePlatformProperties ap = context.getBean(ActivePlatformProperties.class);
          assertThat(ap.getPageSize()).isEqualTo(100);
          assertThat(ap.getResellerId()).isEqualTo(12L);

          assertThat(libib.toString()).contains("apiKey=***", "apiUser=***", "requestInterval=PT3S")
              .doesNotContain(KEY, USER);
          assertThat(ap.toString()).contains("apiToken=***", "pageSize=100").doesNotContain(TOKEN);
          assertThat(context.getBean(LibibClient.class).toString()).doesNotContain(KEY, USER);
          assertThat(context.getBean(ActivePlatformClient.class).toString()).doesNotContain(TOKEN);
        });
  }

  @Test
  void theDefaultsAreTheClientsOwn() {
    LibibProperties libib = new LibibProperties();
    assertThat(libib.getRetry().toPolicy()).isEqualTo(RetryPolicy.defaults());
    assertThat(libib.getBaseUrl()).isEqualTo(LibibClient.DEFAULT_BASE_URL);
    assertThat(libib.getRequestInterval()).isEqualTo(LibibClient.DEFAULT_REQUEST_INTERVAL);
    assertThat(new ActivePlatformProperties().getPageSize()).isEqualTo(ActivePlatformClient.DEFAULT_PAGE_SIZE);
    assertThat(libib.toString()).contains("apiKey=null");
  }

  @Test
  void theActivePlatformClientUsesTheRetryAndPageSizeProperties() {
    server.stubFor(get(urlPathEqualTo("/api/v3/resellers/1/managers"))
        .willReturn(aResponse().withStatus(503).withBody("{}")));
    runner.withPropertyValues("apiclients.activeplatform.base-url=" + server.baseUrl(),
            "apiclients.activeplatform.api-token=" + TOKEN, "apiclients.activeplatform.page-size=7",
            "apiclients.activeplatform.retry.max-attempts=1")
        .run(context -> {
          ActivePlatformClient ap = context.getBean(ActivePlatformClient.class);
          assertThatThrownBy(() -> ap.managers().getManagers(1)).isInstanceOf(ServerException.class)
              .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
        });

    server.verify(1, getRequestedFor(urlPathEqualTo("/api/v3/resellers/1/managers"))
        .withQueryParam("page[size]", equalTo("7")).withHeader("X-Api-Token", equalTo(TOKEN)));
  }

  @Test
  void customizersRunInOrderAfterTheProperties() {
    server.stubFor(get("/").willReturn(okJson("{}")));
    runner.withPropertyValues("apiclients.libib.api-key=" + KEY, "apiclients.libib.api-user=" + USER, libibUrl())
        .withUserConfiguration(Customizers.class)
        .run(context -> context.getBean(LibibClient.class).verifyCredentials());

    // Declared first but ordered last, its product token is the one that stays.
    server.verify(1, getRequestedFor(urlEqualTo("/")).withHeader("User-Agent", containing(" ordered-last"))
        .withHeader("User-Agent", notContaining("ordered-first")));
  }

  @Test
  void anApplicationsOwnClientWins() {
    runner.withPropertyValues("apiclients.libib.api-key=" + KEY, "apiclients.libib.api-user=" + USER,
            "apiclients.activeplatform.base-url=https://cp.example.com", "apiclients.activeplatform.api-token=" + TOKEN)
        .withBean("myLibib", LibibClient.class, () -> LibibClient.builder().apiKey("mine").apiUser("me").build())
        .withBean("myAp", ActivePlatformClient.class,
            () -> ActivePlatformClient.builder().baseUrl("https://mine.example.com").apiToken("mine").build())
        .run(context -> {
          assertThat(context).hasSingleBean(LibibClient.class).hasSingleBean(ActivePlatformClient.class);
          assertThat(context).hasBean("myLibib").hasBean("myAp").doesNotHaveBean("libibClient")
              .doesNotHaveBean("activePlatformClient");
        });
  }

  @Test
  void theContextClosesTheClients() {
    runner.withPropertyValues("apiclients.libib.api-key=" + KEY, "apiclients.libib.api-user=" + USER,
            "apiclients.activeplatform.base-url=https://cp.example.com", "apiclients.activeplatform.api-token=" + TOKEN)
        .run(context -> {
          assertThat(context.getBeanFactory().getBeanDefinition("libibClient").getDestroyMethodName())
              .isEqualTo("close");
          assertThat(context.getBeanFactory().getBeanDefinition("activePlatformClient").getDestroyMethodName())
              .isEqualTo("close");
        });
  }

  @Test
  void aBadPropertyFailsTheStartupNamingTheOptionWithoutTheSecret() {
    runner.withPropertyValues("apiclients.activeplatform.base-url=https://cp.example.com",
            "apiclients.activeplatform.api-token=" + TOKEN, "apiclients.activeplatform.page-size=0")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pageSize")
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN)));
    runner.withPropertyValues("apiclients.libib.api-key=" + KEY, "apiclients.libib.api-user=" + USER,
            "apiclients.libib.request-interval=-1s")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestInterval"));
  }

  @Test
  void withoutTheClientModuleThereIsNoBeanAndNoFailure() {
    runner.withClassLoader(new FilteredClassLoader(ActivePlatformClient.class))
        .withPropertyValues("apiclients.activeplatform.base-url=https://cp.example.com",
            "apiclients.activeplatform.api-token=" + TOKEN)
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("activePlatformClient"));
  }

  static class Customizers {
    @Bean
    @Order(2)
    LibibClientCustomizer orderedLast() {
      return builder -> builder.userAgent("ordered-last");
    }

    @Bean
    @Order(1)
    LibibClientCustomizer orderedFirst() {
      return builder -> builder.userAgent("ordered-first");
    }
  }
}
