package dev.apiclients.spring.boot.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apiclients.activeplatform.ActivePlatformClient;
import dev.apiclients.http.UnauthorizedException;
import dev.apiclients.libib.LibibClient;
import dev.apiclients.micrometer.ObservationCallListener;
import dev.apiclients.sandbox.LibibSandboxExtension;
import dev.apiclients.sandbox.RecordedRequest;
import dev.apiclients.sandbox.Sandbox;
import dev.apiclients.spring.boot.ActivePlatformAutoConfiguration;
import dev.apiclients.spring.boot.ApiClientsObservationAutoConfiguration;
import dev.apiclients.spring.boot.LibibAutoConfiguration;
import dev.apiclients.spring.boot.LibibProperties;
import dev.apiclients.spring.boot.health.ApiClientsHealthAutoConfiguration;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.ClassUtils;

/** The starter's auto-configurations on Spring Boot 4.0, against the sandbox. */
class Boot4AutoConfigurationTest {

  /** One sandbox for the class, reset before each test. */
  @RegisterExtension
  static LibibSandboxExtension sandboxes = new LibibSandboxExtension();

  private final Sandbox sandbox = sandboxes.sandbox();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(LibibAutoConfiguration.class, ActivePlatformAutoConfiguration.class,
          ApiClientsObservationAutoConfiguration.class, ApiClientsHealthAutoConfiguration.class));

  private ApplicationContextRunner libib(String key) {
    return runner.withPropertyValues("apiclients.libib.base-url=" + sandbox.libibBaseUrl(),
        "apiclients.libib.api-key=" + key, "apiclients.libib.api-user=" + Sandbox.LIBIB_API_USER,
        "apiclients.libib.request-interval=0s", "apiclients.libib.retry.max-attempts=1");
  }

  @Test
  void thisIsSpringBoot4WithoutBoot3sHealthTypes() {
    assertThat(org.springframework.boot.SpringBootVersion.getVersion()).startsWith("4.0.");
    assertThat(ClassUtils.isPresent("org.springframework.boot.actuate.health.HealthIndicator", null)).isFalse();
  }

  @Test
  void propertiesBuildTheClientsAndBoot4sHealthIndicatorIsCached() {
    libib(Sandbox.LIBIB_API_KEY)
        .withPropertyValues("apiclients.activeplatform.base-url=" + sandbox.activePlatformBaseUrl(),
            "apiclients.activeplatform.api-token=" + Sandbox.ACTIVEPLATFORM_API_TOKEN,
            "apiclients.activeplatform.reseller-id=1")
        .run(context -> {
          assertThat(context.getBean(LibibClient.class).accounts().getAccounts()).isNotEmpty();
          assertThat(context.getBean(ActivePlatformClient.class).managers().getManagersPage(1, 5, 1).managers())
              .hasSize(5);
          assertThat(context.getBean(LibibProperties.class).toString()).doesNotContain(Sandbox.LIBIB_API_KEY);

          HealthIndicator libib = context.getBean("libibHealthIndicator", HealthIndicator.class);
          assertThat(libib.health().getStatus()).isEqualTo(Status.UP);
          assertThat(libib.health().getStatus()).isEqualTo(Status.UP);
          assertThat(context.getBean("activePlatformHealthIndicator", HealthIndicator.class).health().getDetails())
              .containsEntry("resellerId", 1L);
          assertThat(context.getBean("activePlatformHealthIndicator", HealthIndicator.class).health().getStatus())
              .isEqualTo(Status.UP);
        });

    assertThat(sandbox.libib().requests()).extracting(RecordedRequest::path).containsOnlyOnce("/");
  }

  @Test
  void aWrongKeyIsDownWithTheStatusAndNoSecret() {
    libib("not-the-key").run(context -> {
      Health health = context.getBean("libibHealthIndicator", HealthIndicator.class).health();

      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.getDetails()).containsEntry("error", UnauthorizedException.class.getName())
          .containsEntry("status", 401);
      assertThat(health.toString()).doesNotContain("not-the-key");
    });
  }

  @Test
  void anApplicationsOwnClientWinsAndTheContextClosesOurs() {
    LibibClient mine = LibibClient.builder().apiKey("mine").apiUser("me").build();
    libib(Sandbox.LIBIB_API_KEY).withBean("myLibib", LibibClient.class, () -> mine)
        .run(context -> assertThat(context.getBean(LibibClient.class)).isSameAs(mine));
    libib(Sandbox.LIBIB_API_KEY).run(context -> assertThat(
        context.getBeanFactory().getBeanDefinition("libibClient").getDestroyMethodName()).isEqualTo("close"));
  }

  @Test
  void callsAreObservedInTheApplicationsRegistry() {
    TestObservationRegistry registry = TestObservationRegistry.create();
    libib(Sandbox.LIBIB_API_KEY).withBean(TestObservationRegistry.class, () -> registry)
        .run(context -> {
          assertThat(context).hasSingleBean(ObservationCallListener.class);
          context.getBean(LibibClient.class).verifyCredentials();
        });

    TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("apiclients.call").that()
        .hasLowCardinalityKeyValue("client", "libib").hasBeenStopped();
  }
}
