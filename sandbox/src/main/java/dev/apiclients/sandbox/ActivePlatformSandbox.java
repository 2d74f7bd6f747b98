package dev.apiclients.sandbox;

import java.util.Objects;

/**
 * The ActivePlatform half of a {@link Sandbox}, for tests: seed managers of reseller {@value
 * Sandbox#ACTIVEPLATFORM_RESELLER_ID}, inspect the requests received, and turn faults on. Get it
 * from {@link Sandbox#activePlatform()}; {@link Sandbox#reset()} puts it back as it started (the
 * 120 sample managers, switches off, nothing recorded). Thread-safe.
 */
public final class ActivePlatformSandbox extends ApiSandbox {

  private ActivePlatformManagers managers = new ActivePlatformManagers();

  ActivePlatformSandbox() {}

  /**
   * Adds an active manager after the others (no manager role, no phone, no photo).
   *
   * @param name the name
   * @param email the email
   * @param role the role, such as {@code sales}
   * @return the id it was given, as the API would show it
   */
  public synchronized String addManager(String name, String email, String role) {
    return managers.add(Objects.requireNonNull(name, "name"), Objects.requireNonNull(email, "email"),
        Objects.requireNonNull(role, "role"));
  }

  /** Removes every manager, so a test can start from none (the sample data has 120). */
  public synchronized void clearManagers() {
    managers.clear();
  }

  /**
   * How many managers reseller {@value Sandbox#ACTIVEPLATFORM_RESELLER_ID} has now.
   *
   * @return the count
   */
  public synchronized int managerCount() {
    return managers.size();
  }

  /** Back to the sample data, every switch off, nothing recorded. */
  synchronized void reset() {
    managers = new ActivePlatformManagers();
    resetTraffic();
  }

  @Override
  SandboxResponse answer(SandboxRequest request, String publicBaseUrl) {
    return managers.handle(request, publicBaseUrl);
  }

  @Override
  SandboxResponse injected(int status) {
    return ActivePlatformManagers.error(status, "sandbox_fault", "Sandbox fault switch",
        "The sandbox answered HTTP " + status + " because a test asked it to", null);
  }
}
