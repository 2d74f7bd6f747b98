package dev.apiclients.spring.boot.health;

import dev.apiclients.activeplatform.ActivePlatformClient;
import dev.apiclients.libib.LibibClient;
import dev.apiclients.spring.boot.ActivePlatformProperties;
import dev.apiclients.spring.boot.LibibProperties;
import java.time.Clock;
import java.util.Map;

/** The cheapest request that proves each client's credentials, as the health indicators send it. */
final class CredentialChecks {

  /** Bean names; Actuator shows each indicator under the name without "HealthIndicator". */
  static final String LIBIB_INDICATOR = "libibHealthIndicator";

  static final String ACTIVEPLATFORM_INDICATOR = "activePlatformHealthIndicator";

  /** Switches each indicator off, as Boot's own {@code management.health.<name>.enabled}. */
  static final String LIBIB_ENABLED = "management.health.libib.enabled";

  static final String ACTIVEPLATFORM_ENABLED = "management.health.activeplatform.enabled";

  private CredentialChecks() {}

  /** Libib's own connection test, {@code GET /}: one paced request. */
  static CredentialCheck libib(LibibClient libib, LibibProperties properties) {
    return new CredentialCheck(libib::verifyCredentials, Map.of(), properties.getHealth().getCacheTtl(),
        Clock.systemUTC());
  }

  /** One page of one manager of the configured reseller: one request, the smallest answer. */
  static CredentialCheck activePlatform(ActivePlatformClient activePlatform, ActivePlatformProperties properties) {
    long resellerId = properties.getResellerId();
    return new CredentialCheck(() -> activePlatform.managers().getManagersPage(resellerId, 1, 1),
        Map.of("resellerId", resellerId), properties.getHealth().getCacheTtl(), Clock.systemUTC());
  }
}
