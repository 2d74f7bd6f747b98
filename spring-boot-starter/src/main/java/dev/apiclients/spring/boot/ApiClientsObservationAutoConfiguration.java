package dev.apiclients.spring.boot;

import dev.apiclients.http.observation.CallListener;
import dev.apiclients.micrometer.ApiCallObservationConvention;
import dev.apiclients.micrometer.ObservationCallListener;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Observes every call of the client beans in the application's {@link ObservationRegistry} (which
 * Actuator provides): a timer {@code apiclients.call} per operation and, with a tracing bridge, a
 * span per call. Active when there is a registry and no {@link CallListener} bean of the
 * application's own; {@code management.observations.enable.apiclients=false} turns it off.
 */
@AutoConfiguration(
    before = {LibibAutoConfiguration.class, ActivePlatformAutoConfiguration.class},
    afterName = {
      "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
      "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"
    })
@ConditionalOnClass(name = {
    "io.micrometer.observation.ObservationRegistry", "dev.apiclients.micrometer.ObservationCallListener"})
@ConditionalOnBean(type = "io.micrometer.observation.ObservationRegistry")
public class ApiClientsObservationAutoConfiguration {

  /** Created by Spring. */
  public ApiClientsObservationAutoConfiguration() {}

  /**
   * The listener both client beans report their calls to.
   *
   * @param registry the application's registry
   * @param convention an {@link ApiCallObservationConvention} bean of the application's that names
   *     the observations, if it has one
   * @return the listener
   */
  @Bean
  @ConditionalOnMissingBean(CallListener.class)
  public ObservationCallListener apiClientsCallListener(
      ObservationRegistry registry, ObjectProvider<ApiCallObservationConvention> convention) {
    return ObservationCallListener.create(registry, convention.getIfUnique());
  }
}
