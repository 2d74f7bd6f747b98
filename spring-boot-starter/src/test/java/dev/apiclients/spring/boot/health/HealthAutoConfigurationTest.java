package dev.apiclients.spring.boot.health;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.UnauthorizedException;
import dev.apiclients.http.testing.Stubs;
import dev.apiclients.libib.LibibClient;
import dev.apiclients.spring.boot.ActivePlatformAutoConfiguration;
import dev.apiclients.spring.boot.LibibAutoConfiguration;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The Boot 3.5 health indicators, against WireMock. */
class HealthAutoConfigurationTest {

  private static final String KEY = "libib-key-0123456789";
  private static final String TOKEN = "ap-token-abcdef";

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(LibibAutoConfiguration.class, ActivePlatformAutoConfiguration.class,
          ApiClientsHealthAutoConfiguration.class));

  private ApplicationContextRunner libib() {
    return runner.withPropertyValues("apiclients.libib.api-key=" + KEY, "apiclients.libib.api-user=user-1",
        "apiclients.libib.base-url=" + server.baseUrl(), "apiclients.libib.request-interval=0s",
        "apiclients.libib.retry.max-attempts=1");
  }

  private ApplicationContextRunner activePlatform() {
    return runner.withPropertyValues("apiclients.activeplatform.base-url=" + server.baseUrl(),
        "apiclients.activeplatform.api-token=" + TOKEN, "apiclients.activeplatform.retry.max-attempts=1");
  }

  @Test
  void libibIsUpWhenItsConnectionTestPassesAndTheResultIsCached() {
    server.stubFor(get("/").willReturn(okJson("{}")));
    libib().run(context -> {
      HealthIndicator indicator = context.getBean("libibHealthIndicator", HealthIndicator.class);
      Health first = indicator.health();
      Health second = indicator.health();

      assertThat(first.getStatus()).isEqualTo(Status.UP);
      assertThat(first.getDetails()).containsOnlyKeys("checkedAt");
      assertThat(second).isEqualTo(first);
    });
    server.verify(1, getRequestedFor(urlEqualTo("/")).withHeader("x-api-key", equalTo(KEY)));
  }

  @Test
  void libibIsDownOnA401WithTheStatusAndNoSecret() {
    server.stubFor(get("/").willReturn(unauthorized().withBody("{\"error\":\"bad key " + KEY + "\"}")));
    libib().withPropertyValues("apiclients.libib.health.cache-ttl=0s").run(context -> {
      HealthIndicator indicator = context.getBean("libibHealthIndicator", HealthIndicator.class);
      Health health = indicator.health();
      indicator.health();

      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.getDetails()).containsEntry("error", UnauthorizedException.class.getName())
          .containsEntry("status", 401).containsKeys("message", "checkedAt");
      assertThat(health.toString()).doesNotContain(KEY);
    });
    server.verify(2, getRequestedFor(urlEqualTo("/")));
  }

  @Test
  void activePlatformChecksOneManagerOfTheConfiguredReseller() {
    server.stubFor(get(urlPathEqualTo("/api/v3/resellers/7/managers")).willReturn(okJson("{\"data\":[]}")));
    activePlatform().withPropertyValues("apiclients.activeplatform.reseller-id=7").run(context -> {
      Health health = context.getBean("activePlatformHealthIndicator", HealthIndicator.class).health();

      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails()).containsEntry("resellerId", 7L);
    });
    server.verify(1, getRequestedFor(urlPathEqualTo("/api/v3/resellers/7/managers"))
        .withQueryParam("page[size]", equalTo("1")).withQueryParam("page[number]", equalTo("1"))
        .withHeader("X-Api-Token", equalTo(TOKEN)));
  }

  @Test
  void activePlatformHasNoIndicatorWithoutAResellerToCheck() {
    activePlatform().run(context -> assertThat(context).hasNotFailed()
        .hasBean("activePlatformClient").doesNotHaveBean("activePlatformHealthIndicator"));
  }

  @Test
  void anIndicatorCanBeSwitchedOffOrReplaced() {
    libib().withPropertyValues("management.health.libib.enabled=false")
        .run(context -> assertThat(context).hasBean("libibClient").doesNotHaveBean(HealthIndicator.class));
    activePlatform().withPropertyValues("apiclients.activeplatform.reseller-id=7",
            "management.health.activeplatform.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(HealthIndicator.class));
    HealthIndicator mine = () -> Health.outOfService().build();
    libib().withBean("libibHealthIndicator", HealthIndicator.class, () -> mine)
        .run(context -> assertThat(context.getBean("libibHealthIndicator")).isSameAs(mine));
  }

  @Test
  void anApplicationsOwnClientGetsAnIndicatorToo() {
    server.stubFor(get("/").willReturn(okJson("{}")));
    runner.withBean(LibibClient.class, () -> LibibClient.builder().apiKey(KEY).apiUser("user-1")
            .baseUrl(server.baseUrl()).requestInterval(Duration.ZERO).build())
        .run(context -> assertThat(context.getBean("libibHealthIndicator", HealthIndicator.class).health().getStatus())
            .isEqualTo(Status.UP));
  }

  @Test
  void withoutActuatorThereIsNoIndicator() {
    libib().withClassLoader(new FilteredClassLoader(HealthIndicator.class))
        .run(context -> assertThat(context).hasNotFailed().hasBean("libibClient")
            .doesNotHaveBean("libibHealthIndicator").doesNotHaveBean(CredentialCheck.class));
  }
}
