package dev.apiclients.spring.boot.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apiclients.activeplatform.ActivePlatformClient;
import dev.apiclients.libib.LibibClient;
import dev.apiclients.sandbox.LibibSandboxExtension;
import dev.apiclients.sandbox.Sandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * A Spring Boot 4 application with Actuator's health endpoint, configured only by properties,
 * against the sandbox.
 */
class Boot4SandboxApplicationTest {

  /** One sandbox for the class, reset before each test. */
  @RegisterExtension
  static LibibSandboxExtension sandboxes = new LibibSandboxExtension();

  private final Sandbox sandbox = sandboxes.sandbox();

  @Test
  void theBeansTalkToTheSandboxAndTheHealthEndpointShowsBothClients() {
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
        .web(WebApplicationType.NONE)
        .properties("apiclients.libib.base-url=" + sandbox.libibBaseUrl(),
            "apiclients.libib.api-key=" + Sandbox.LIBIB_API_KEY,
            "apiclients.libib.api-user=" + Sandbox.LIBIB_API_USER,
            "apiclients.libib.request-interval=0s",
            "apiclients.activeplatform.base-url=" + sandbox.activePlatformBaseUrl(),
            "apiclients.activeplatform.api-token=" + Sandbox.ACTIVEPLATFORM_API_TOKEN,
            "apiclients.activeplatform.reseller-id=" + Sandbox.ACTIVEPLATFORM_RESELLER_ID,
            "spring.main.banner-mode=off")
        .run()) {
      assertThat(context.getBean(LibibClient.class).patrons().getPatrons()).hasSize(137);
      // Boot's own ObservationRegistry reached both clients.
      assertThat(context.getBean(LibibClient.class).toString()).contains("callListener=true");
      assertThat(context.getBean(ActivePlatformClient.class).toString()).contains("callListener=true");
      assertThat(context.getBean(ActivePlatformClient.class).managers().getManagers(1)).hasSize(120);

      HealthEndpoint health = context.getBean(HealthEndpoint.class);
      assertThat(health.healthForPath("libib").getStatus()).isEqualTo(Status.UP);
      assertThat(health.healthForPath("activePlatform").getStatus()).isEqualTo(Status.UP);
      assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }
  }

  /** The application: auto-configuration only, nothing scanned. */
  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class App {}
}
