package dev.apiclients.spring.boot.health;

import dev.apiclients.activeplatform.ActivePlatformClient;
import dev.apiclients.libib.LibibClient;
import dev.apiclients.spring.boot.ActivePlatformAutoConfiguration;
import dev.apiclients.spring.boot.ActivePlatformProperties;
import dev.apiclients.spring.boot.LibibAutoConfiguration;
import dev.apiclients.spring.boot.LibibProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Boot 4 health indicators {@code libib} and {@code activePlatform} (module {@code
 * spring-boot-health}, which Boot 4's Actuator brings), each a cached credential check of the client
 * bean (see {@link CredentialCheck}); the same as {@link ApiClientsHealthAutoConfiguration} on Boot
 * 3. {@code management.health.libib.enabled=false} (or {@code activeplatform}) turns one off.
 */
@AutoConfiguration(after = {LibibAutoConfiguration.class, ActivePlatformAutoConfiguration.class})
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
public class ApiClientsBoot4HealthAutoConfiguration {

  /** Created by Spring. */
  public ApiClientsBoot4HealthAutoConfiguration() {}

  /** Libib's indicator, where there is a Libib client. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(LibibClient.class)
  @ConditionalOnBean(LibibClient.class)
  @ConditionalOnProperty(name = CredentialChecks.LIBIB_ENABLED, matchIfMissing = true)
  @EnableConfigurationProperties(LibibProperties.class)
  static class Libib {

    @Bean(CredentialChecks.LIBIB_INDICATOR)
    @ConditionalOnMissingBean(name = CredentialChecks.LIBIB_INDICATOR)
    Boot4CredentialHealthIndicator libibHealthIndicator(LibibClient libib, LibibProperties properties) {
      return new Boot4CredentialHealthIndicator(CredentialChecks.libib(libib, properties));
    }
  }

  /** ActivePlatform's indicator, where there is a client and a reseller to check against. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(ActivePlatformClient.class)
  @ConditionalOnBean(ActivePlatformClient.class)
  @ConditionalOnProperty(prefix = ActivePlatformProperties.PREFIX, name = "reseller-id")
  @EnableConfigurationProperties(ActivePlatformProperties.class)
  static class ActivePlatform {

    @Bean(CredentialChecks.ACTIVEPLATFORM_INDICATOR)
    @ConditionalOnMissingBean(name = CredentialChecks.ACTIVEPLATFORM_INDICATOR)
    @ConditionalOnProperty(name = CredentialChecks.ACTIVEPLATFORM_ENABLED, matchIfMissing = true)
    Boot4CredentialHealthIndicator activePlatformHealthIndicator(
        ActivePlatformClient activePlatform, ActivePlatformProperties properties) {
      return new Boot4CredentialHealthIndicator(CredentialChecks.activePlatform(activePlatform, properties));
    }
  }
}
