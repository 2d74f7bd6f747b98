package dev.apiclients.spring.boot.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Spring Boot 4's health indicator for a client (module {@code spring-boot-health}): UP when its
 * {@link CredentialCheck} passes, DOWN with the failure's details otherwise.
 */
public final class Boot4CredentialHealthIndicator implements HealthIndicator {

  private final CredentialCheck check;

  /**
   * An indicator showing the given check.
   *
   * @param check the cached credential check
   */
  public Boot4CredentialHealthIndicator(CredentialCheck check) {
    this.check = check;
  }

  @Override
  public Health health() {
    CredentialCheck.Result result = check.result();
    return (result.up() ? Health.up() : Health.down()).withDetails(result.details()).build();
  }
}
