package dev.apiclients.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apiclients.activeplatform.ActivePlatformClient;
import dev.apiclients.libib.LibibClient;
import dev.apiclients.sandbox.LibibSandboxExtension;
import dev.apiclients.sandbox.RecordedRequest;
import dev.apiclients.sandbox.Sandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * A Boot 3.5 application with Actuator, configured only by properties, against the sandbox: the
 * beans answer with the sandbox's data and the health endpoint shows both clients UP.
 */
class SandboxApplicationTest {

  /** One sandbox for the class, reset before each test. */
  @RegisterExtension
  static LibibSandboxExtension sandboxes = new LibibSandboxExtension();

  private final Sandbox sandbox = sandboxes.sandbox();

  private ConfigurableApplicationContext start(String libibKey) {
    return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE).properties(
            "apiclients.libib.base-url=" + sandbox.libibBaseUrl(),
            "apiclients.libib.api-key=" + libibKey,
            "apiclients.libib.api-user=" + Sandbox.LIBIB_API_USER,
            "apiclients.libib.request-interval=0s",
            "apiclients.activeplatform.base-url=" + sandbox.activePlatformBaseUrl(),
            "apiclients.activeplatform.api-token=" + Sandbox.ACTIVEPLATFORM_API_TOKEN,
            "apiclients.activeplatform.reseller-id=" + Sandbox.ACTIVEPLATFORM_RESELLER_ID,
            "management.endpoint.health.show-details=always", "spring.main.banner-mode=off")
        .run();
  }

  @Test
  void theBeansTalkToTheSandboxAndTheHealthEndpointShowsBothClients() {
    try (ConfigurableApplicationContext context = start(Sandbox.LIBIB_API_KEY)) {
      assertThat(context.getBean(LibibClient.class).patrons().getPatrons()).hasSize(137);
      // Boot's own ObservationRegistry reached both clients.
      assertThat(context.getBean(LibibClient.class).toString()).contains("callListener=true");
      assertThat(context.getBean(ActivePlatformClient.class).toString()).contains("callListener=true");
      assertThat(context.getBean(ActivePlatformClient.class).managers().getManagers(1)).hasSize(120);

      HealthEndpoint health = context.getBean(HealthEndpoint.class);
      assertThat(health.health().getStatus()).isEqualTo(Status.UP);
      assertThat(health.healthForPath("libib").getStatus()).isEqualTo(Status.UP);
      assertThat(health.healthForPath("activePlatform").getStatus()).isEqualTo(Status.UP);
      health.healthForPath("libib");   // cached: no second connection test
    }
    assertThat(sandbox.libib().requests()).extracting(RecordedRequest::path).containsOnlyOnce("/");
  }

  @Test
  void aWrongKeyShowsLibibDownAndTheApplicationDown() {
    try (ConfigurableApplicationContext context = start("not-the-sandbox-key")) {
      HealthComponent libib = context.getBean(HealthEndpoint.class).healthForPath("libib");

      assertThat(libib.getStatus()).isEqualTo(Status.DOWN);
      assertThat(context.getBean(HealthEndpoint.class).health().getStatus()).isEqualTo(Status.DOWN);
      assertThat(libib.toString()).contains("401").doesNotContain("not-the-sandbox-key");
    }
  }

  /** The application: auto-configuration only, nothing scanned. */
  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class App {}
}
