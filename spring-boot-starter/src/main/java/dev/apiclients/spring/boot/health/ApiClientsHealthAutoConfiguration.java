package dev.apiclients.spring.boot.health;

import dev.apiclients.activeplatform.ActivePlatformClient;
import dev.apiclients.libib.LibibClient;
import dev.apiclients.spring.boot.ActivePlatformAutoConfiguration;
import dev.apiclients.spring.boot.ActivePlatformProperties;
import dev.apiclients.spring.boot.LibibAutoConfiguration;
import dev.apiclients.spring.boot.LibibProperties;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Health indicators {@code libib} and {@code activePlatform}, each a cached credential check of the
 * client bean ({@link CredentialCheck}): Libib's connection test ({@code GET /}), and one manager of
 * the reseller {@code apiclients.activeplatform.reseller-id} names (without it, no ActivePlatform
 * indicator). On Spring Boot 3 they are Actuator's {@code HealthIndicator}s; on Spring Boot 4 those
 * of its {@code spring-boot-health} module. {@code management.health.libib.enabled=false} (or
 * {@code activeplatform}) leaves one out; a bean of the same name replaces one.
 */
@AutoConfiguration(after = {LibibAutoConfiguration.class, ActivePlatformAutoConfiguration.class})
@Conditional(ApiClientsHealthAutoConfiguration.OnHealthIndicatorType.class)
public class ApiClientsHealthAutoConfiguration {

  static final String BOOT3_INDICATOR = "org.springframework.boot.actuate.health.HealthIndicator";
  static final String BOOT4_INDICATOR = "org.springframework.boot.health.contributor.HealthIndicator";
  private static final String LIBIB_CHECK = "libibCredentialCheck";
  private static final String ACTIVEPLATFORM_CHECK = "activePlatformCredentialCheck";
  /** Bean names; Actuator shows each indicator under its name without "HealthIndicator". */
  private static final String LIBIB_INDICATOR = "libibHealthIndicator";
  private static final String ACTIVEPLATFORM_INDICATOR = "activePlatformHealthIndicator";

  /** The checks are registered first: the indicators are declared only where a check is. */
  private static final int CHECKS = 1;
  private static final int INDICATORS = 2;

  /** Created by Spring. */
  public ApiClientsHealthAutoConfiguration() {}

  /** Libib's check, where there is a Libib client. */
  @Order(CHECKS)
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(LibibClient.class)
  @ConditionalOnBean(LibibClient.class)
  @ConditionalOnProperty(name = "management.health.libib.enabled", matchIfMissing = true)
  @EnableConfigurationProperties(LibibProperties.class)
  static class LibibCheck {

    @Bean(LIBIB_CHECK)
    CredentialCheck libibCredentialCheck(LibibClient libib, LibibProperties properties) {
      return new CredentialCheck(libib::verifyCredentials, Map.of(), properties.getHealth().getCacheTtl(),
          Clock.systemUTC());
    }
  }

  /** ActivePlatform's check, where there is a client and a reseller to check against. */
  @Order(CHECKS)
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(ActivePlatformClient.class)
  @ConditionalOnBean(ActivePlatformClient.class)
  @ConditionalOnProperty(prefix = ActivePlatformProperties.PREFIX, name = "reseller-id")
  @EnableConfigurationProperties(ActivePlatformProperties.class)
  static class ActivePlatformCheck {

    @Bean(ACTIVEPLATFORM_CHECK)
    @ConditionalOnProperty(name = "management.health.activeplatform.enabled", matchIfMissing = true)
    CredentialCheck activePlatformCredentialCheck(
        ActivePlatformClient activePlatform, ActivePlatformProperties properties) {
      long resellerId = properties.getResellerId();
      return new CredentialCheck(() -> activePlatform.managers().getManagersPage(resellerId, 1, 1),
          Map.of("resellerId", resellerId), properties.getHealth().getCacheTtl(), Clock.systemUTC());
    }
  }

  /** Spring Boot 3: Actuator's types. */
  @Order(INDICATORS)
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = BOOT3_INDICATOR)
  @ConditionalOnMissingClass(BOOT4_INDICATOR)
  static class Boot3Indicators {

    @Bean(LIBIB_INDICATOR)
    @ConditionalOnBean(name = LIBIB_CHECK)
    @ConditionalOnMissingBean(name = LIBIB_INDICATOR)
    org.springframework.boot.actuate.health.HealthIndicator libibHealthIndicator(
        @Qualifier(LIBIB_CHECK) CredentialCheck check) {
      return () -> boot3(check.result());
    }

    @Bean(ACTIVEPLATFORM_INDICATOR)
    @ConditionalOnBean(name = ACTIVEPLATFORM_CHECK)
    @ConditionalOnMissingBean(name = ACTIVEPLATFORM_INDICATOR)
    org.springframework.boot.actuate.health.HealthIndicator activePlatformHealthIndicator(
        @Qualifier(ACTIVEPLATFORM_CHECK) CredentialCheck check) {
      return () -> boot3(check.result());
    }

    private static org.springframework.boot.actuate.health.Health boot3(CredentialCheck.Result result) {
      return (result.up() ? org.springframework.boot.actuate.health.Health.up()
          : org.springframework.boot.actuate.health.Health.down()).withDetails(result.details()).build();
    }
  }

  /** Spring Boot 4: the types of its spring-boot-health module. */
  @Order(INDICATORS)
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = BOOT4_INDICATOR)
  static class Boot4Indicators {

    @Bean(LIBIB_INDICATOR)
    @ConditionalOnBean(name = LIBIB_CHECK)
    @ConditionalOnMissingBean(name = LIBIB_INDICATOR)
    org.springframework.boot.health.contributor.HealthIndicator libibHealthIndicator(
        @Qualifier(LIBIB_CHECK) CredentialCheck check) {
      return () -> boot4(check.result());
    }

    @Bean(ACTIVEPLATFORM_INDICATOR)
    @ConditionalOnBean(name = ACTIVEPLATFORM_CHECK)
    @ConditionalOnMissingBean(name = ACTIVEPLATFORM_INDICATOR)
    org.springframework.boot.health.contributor.HealthIndicator activePlatformHealthIndicator(
        @Qualifier(ACTIVEPLATFORM_CHECK) CredentialCheck check) {
      return () -> boot4(check.result());
    }

    private static org.springframework.boot.health.contributor.Health boot4(CredentialCheck.Result result) {
      return (result.up() ? org.springframework.boot.health.contributor.Health.up()
          : org.springframework.boot.health.contributor.Health.down()).withDetails(result.details()).build();
    }
  }

  /** Either generation's health indicator type is on the classpath. */
  static final class OnHealthIndicatorType extends AnyNestedCondition {

    OnHealthIndicatorType() {
      super(ConfigurationPhase.PARSE_CONFIGURATION);
    }

    @ConditionalOnClass(name = BOOT3_INDICATOR)
    static class Boot3 {}

    @ConditionalOnClass(name = BOOT4_INDICATOR)
    static class Boot4 {}
  }
}
