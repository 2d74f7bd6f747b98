package dev.apiclients.spring.boot.health;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Spring Boot 3's Actuator health indicator for a client: UP when its {@link CredentialCheck}
 * passes, DOWN with the failure's details otherwise.
 */
public final class CredentialHealthIndicator implements HealthIndicator {

  private final CredentialCheck check;

  /**
   * An indicator showing the given check.
   *
   * @param check the cached credential check
   */
  public CredentialHealthIndicator(CredentialCheck check) {
    this.check = check;
  }

  @Override
  public Health health() {
    CredentialCheck.Result result = check.result();
    return (result.up() ? Health.up() : Health.down()).withDetails(result.details()).build();
  }
}
