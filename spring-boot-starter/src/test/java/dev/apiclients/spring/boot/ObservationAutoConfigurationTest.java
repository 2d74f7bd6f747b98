package dev.apiclients.spring.boot;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.observation.CallListener;
import dev.apiclients.http.observation.CallObserver;
import dev.apiclients.http.testing.Stubs;
import dev.apiclients.libib.LibibClient;
import dev.apiclients.micrometer.ApiCallObservationConvention;
import dev.apiclients.micrometer.DefaultApiCallObservationConvention;
import dev.apiclients.micrometer.ObservationCallListener;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ObservationAutoConfigurationTest {

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ApiClientsObservationAutoConfiguration.class,
          LibibAutoConfiguration.class, ActivePlatformAutoConfiguration.class))
      .withPropertyValues("apiclients.libib.api-key=key-1", "apiclients.libib.api-user=user-1",
          "apiclients.libib.base-url=" + server.baseUrl(), "apiclients.libib.request-interval=0s");

  @Test
  void everyCallIsObservedInTheApplicationsRegistry() {
    server.stubFor(get("/").willReturn(okJson("{}")));
    TestObservationRegistry registry = TestObservationRegistry.create();
    runner.withBean(TestObservationRegistry.class, () -> registry)
        .run(context -> {
          assertThat(context).hasSingleBean(ObservationCallListener.class);
          context.getBean(LibibClient.class).verifyCredentials();
        });

    TestObservationRegistryAssert.assertThat(registry).hasNumberOfObservationsWithNameEqualTo("apiclients.call", 1)
        .hasObservationWithNameEqualTo("apiclients.call").that()
        .hasLowCardinalityKeyValue("client", "libib").hasBeenStopped();
  }

  @Test
  void anApplicationsConventionNamesTheObservations() {
    server.stubFor(get("/").willReturn(okJson("{}")));
    TestObservationRegistry registry = TestObservationRegistry.create();
    runner.withBean(TestObservationRegistry.class, () -> registry)
        .withBean(ApiCallObservationConvention.class, () -> new DefaultApiCallObservationConvention() {
          @Override
          public String getName() {
            return "library.api";
          }
        })
        .run(context -> context.getBean(LibibClient.class).verifyCredentials());

    TestObservationRegistryAssert.assertThat(registry).hasNumberOfObservationsWithNameEqualTo("library.api", 1)
        .hasNumberOfObservationsWithNameEqualTo("apiclients.call", 0);
  }

  @Test
  void withoutARegistryThereIsNoListener() {
    runner.run(context -> assertThat(context).hasBean("libibClient").doesNotHaveBean(CallListener.class));
  }

  @Test
  void anApplicationsOwnListenerWins() {
    server.stubFor(get("/").willReturn(okJson("{}")));
    List<String> heard = new CopyOnWriteArrayList<>();
    CallListener mine = call -> {
      heard.add(call.operation());
      return CallObserver.NONE;
    };
    runner.withBean(TestObservationRegistry.class, TestObservationRegistry::create)
        .withBean(CallListener.class, () -> mine)
        .run(context -> {
          assertThat(context).doesNotHaveBean(ObservationCallListener.class);
          context.getBean(LibibClient.class).verifyCredentials();
        });

    assertThat(heard).hasSize(1);
  }

  @Test
  void withoutTheMicrometerModuleTheClientsStillStart() {
    runner.withClassLoader(new FilteredClassLoader(ObservationCallListener.class))
        .withBean(TestObservationRegistry.class, TestObservationRegistry::create)
        .run(context -> assertThat(context).hasNotFailed().hasBean("libibClient")
            .doesNotHaveBean(CallListener.class));
  }
}
