package dev.apiclients.sandbox;

import java.util.Map;
import java.util.Objects;

/**
 * The ActivePlatform half of a {@link Sandbox}, for tests: seed the data of reseller {@value
 * Sandbox#ACTIVEPLATFORM_RESELLER_ID}, inspect the requests received, and turn faults on. Get it
 * from {@link Sandbox#activePlatform()}; {@link Sandbox#reset()} puts it back as it started (the
 * sample data, switches off, nothing recorded). Thread-safe.
 *
 * <p>The sample data, the same on every run: 120 managers (ids 431 to 550), 4 manager roles, 3
 * downstream resellers (2 and 3 below 1, 4 below 2) with 12 managers, 10 plans (ids 1200 to 1209)
 * in 4 categories, 130 accounts (ids 523 to 652), about 200 subscriptions (ids from 3007095) with
 * their periods and resources, and 150 orders (ids 1001 to 1150) with their charges and payments.
 *
 * <pre>{@code
 * sandbox.activePlatform().clearAccounts();                     // no accounts, subscriptions, orders
 * String account = sandbox.activePlatform().addAccount("Acme LLC", "it@acme.example");
 * sandbox.activePlatform().addSubscription(account, "1200", "active");
 * }</pre>
 */
public final class ActivePlatformSandbox extends ApiSandbox {

  private ActivePlatformData data = ActivePlatformData.samples();
  private ActivePlatformResources resources = new ActivePlatformResources(data);

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
    String id = data.nextId(ActivePlatformData.MANAGERS,
        SandboxData.AP_FIRST_MANAGER_ID + SandboxData.AP_MANAGER_COUNT);
    data.put(ActivePlatformData.MANAGERS, SandboxData.apManager(Integer.parseInt(id), "2024-01-15T10:00:00.000+03:00",
        "2024-01-15T10:00:00.000+03:00", Objects.requireNonNull(name, "name"), "active",
        Objects.requireNonNull(email, "email"), Objects.requireNonNull(role, "role"), null, null, null, null, "",
        false, ""));
    return id;
  }

  /** Removes every manager, so a test can start from none (the sample data has 120). */
  public synchronized void clearManagers() {
    data.clear(ActivePlatformData.MANAGERS);
  }

  /**
   * How many managers reseller {@value Sandbox#ACTIVEPLATFORM_RESELLER_ID} has now.
   *
   * @return the count
   */
  public synchronized int managerCount() {
    return data.size(ActivePlatformData.MANAGERS);
  }

  /**
   * Adds an account after the others, with the e-mail also as a user attached to it (for {@code
   * filter[user_email]}).
   *
   * @param name the account name
   * @param email the contact person's e-mail ({@code filter[email]})
   * @return the id it was given
   */
  public String addAccount(String name, String email) {
    return addAccount(Map.of("name", Objects.requireNonNull(name, "name"),
        "email", Objects.requireNonNull(email, "email")));
  }

  /**
   * Adds an account with any attributes, by their API names ({@code name}, {@code email}, {@code
   * inn}, {@code created_at}, ...), over defaults: created and updated {@value
   * ActivePlatformData#ADDED_AT}, reseller 1, account class 1, country RU.
   *
   * @param attributes the attributes, such as {@code Map.of("name", "Acme", "inn", "7700000001")}
   * @return the id it was given
   */
  public synchronized String addAccount(Map<String, ?> attributes) {
    return data.addAccount(Objects.requireNonNull(attributes, "attributes"));
  }

  /**
   * Adds a subscription of an existing account to an existing plan (1200 to 1209 in the samples).
   *
   * @param accountId the account, such as one {@link #addAccount(String, String)} gave
   * @param planId the plan
   * @param status the status, such as {@code active} or {@code stopped}
   * @return the id it was given
   * @throws IllegalArgumentException when the account or the plan does not exist
   */
  public String addSubscription(String accountId, String planId, String status) {
    return addSubscription(accountId, planId, Map.of("status", Objects.requireNonNull(status, "status")));
  }

  /**
   * Adds a subscription with any attributes by their API names ({@code trial}, {@code
   * payment_model}, {@code created_at}, ...) over defaults: active, prepay, not a trial, named
   * after the plan.
   *
   * @param accountId the account
   * @param planId the plan
   * @param attributes the attributes, such as {@code Map.of("trial", true, "payment_model", "postpay")}
   * @return the id it was given
   * @throws IllegalArgumentException when the account or the plan does not exist
   */
  public synchronized String addSubscription(String accountId, String planId, Map<String, ?> attributes) {
    return data.addSubscription(accountId, planId, Objects.requireNonNull(attributes, "attributes"));
  }

  /** Removes every account and what belongs to them: subscriptions, orders, charges and payments. */
  public synchronized void clearAccounts() {
    data.clearAccounts();
  }

  /**
   * How many accounts there are now.
   *
   * @return the count
   */
  public synchronized int accountCount() {
    return data.size(ActivePlatformData.ACCOUNTS);
  }

  /**
   * How many subscriptions there are now.
   *
   * @return the count
   */
  public synchronized int subscriptionCount() {
    return data.size(ActivePlatformData.SUBSCRIPTIONS);
  }

  /** Back to the sample data, every switch off, nothing recorded. */
  synchronized void reset() {
    data = ActivePlatformData.samples();
    resources = new ActivePlatformResources(data);
    resetTraffic();
  }

  @Override
  SandboxResponse answer(SandboxRequest request, String publicBaseUrl) {
    return resources.handle(request, publicBaseUrl);
  }

  @Override
  SandboxResponse injected(int status) {
    return JsonApiDocuments.error(status, "sandbox_fault", "Sandbox fault switch",
        "The sandbox answered HTTP " + status + " because a test asked it to", null);
  }
}
