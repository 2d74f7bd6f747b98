package dev.apiclients.sandbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The ActivePlatform sandbox's state: tables of JSON:API resource objects by id, in the order
 * they are listed, and the users attached to each account (for {@code filter[user_email]}). Starts
 * from {@link ActivePlatformSamples}. Not thread-safe: {@link ActivePlatformSandbox} holds its
 * lock while it serves or seeds.
 */
final class ActivePlatformData {

  /** The tables; each is named after the collection path or the included type it holds. */
  static final String MANAGERS = "managers";
  static final String CHILD_MANAGERS = "child_reseller_managers";
  static final String ROLES = "manager_roles";
  static final String ACCOUNTS = "accounts";
  static final String SUBSCRIPTIONS = "subscriptions";
  static final String ORDERS = "orders";
  static final String PLANS = "plans";
  static final String RESELLERS = "resellers";
  static final String CHARGES = "charges";
  static final String PAYMENTS = "payments";
  static final String PERIODS = "subscription_periods";
  static final String SUBSCRIPTION_RESOURCES = "subscription_resources";
  static final String PLAN_CATEGORIES = "plan_categories";

  /** Where the attributes of resources added by a test start. */
  static final String ADDED_AT = "2025-06-02T10:00:00.000+03:00";

  private final Map<String, Map<String, Map<String, Object>>> tables = new LinkedHashMap<>();
  private final Map<String, Set<String>> accountsByUserEmail = new LinkedHashMap<>();

  /** The generated sample data. */
  static ActivePlatformData samples() {
    ActivePlatformData data = new ActivePlatformData();
    ActivePlatformSamples.fill(data);
    return data;
  }

  /** Every resource of a table, in order (a copy). */
  List<Map<String, Object>> all(String table) {
    return new ArrayList<>(table(table).values());
  }

  /** Every resource of a table, in order (a live view, for reading only). */
  Collection<Map<String, Object>> values(String table) {
    return table(table).values();
  }

  /** One resource by id, or null. */
  Map<String, Object> find(String table, String id) {
    return table(table).get(id);
  }

  /** Adds (or replaces) a resource in its table. */
  void put(String table, Map<String, Object> resource) {
    table(table).put((String) resource.get("id"), resource);
  }

  /** Attaches a user (by e-mail, kept lower case) to an account. */
  void attachUser(String email, String accountId) {
    accountsByUserEmail.computeIfAbsent(email.toLowerCase(java.util.Locale.ROOT), e -> new HashSet<>())
        .add(accountId);
  }

  /** The accounts a user is attached to. */
  Set<String> accountsOfUser(String email) {
    return accountsByUserEmail.getOrDefault(email.toLowerCase(java.util.Locale.ROOT), Set.of());
  }

  /** Empties a table. */
  void clear(String table) {
    table(table).clear();
  }

  /** Removes every account and what hangs on them: subscriptions, orders, charges, payments. */
  void clearAccounts() {
    for (String table : List.of(ACCOUNTS, SUBSCRIPTIONS, PERIODS, SUBSCRIPTION_RESOURCES, ORDERS, CHARGES,
        PAYMENTS)) {
      clear(table);
    }
    accountsByUserEmail.clear();
  }

  /** How many resources a table holds. */
  int size(String table) {
    return table(table).size();
  }

  /** The next free id of a table: one above the largest numeric id, or {@code first}. */
  String nextId(String table, long first) {
    long next = first;
    for (String id : table(table).keySet()) {
      try {
        next = Math.max(next, Long.parseLong(id) + 1);
      } catch (NumberFormatException e) {
        // a test's own id: skip it
      }
    }
    return String.valueOf(next);
  }

  /**
   * Adds an account of reseller {@value Sandbox#ACTIVEPLATFORM_RESELLER_ID}: the given attributes
   * over a few defaults (timestamps, reseller, class, country); the e-mail, if any, is also an
   * attached user.
   */
  String addAccount(Map<String, ?> attributes) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("created_at", ADDED_AT);
    all.put("updated_at", ADDED_AT);
    all.put("reseller_id", Sandbox.ACTIVEPLATFORM_RESELLER_ID);
    all.put("name", null);
    all.put("account_class_id", 1);
    all.put("country", "RU");
    all.putAll(attributes);
    String id = nextId(ACCOUNTS, ActivePlatformSamples.FIRST_ACCOUNT_ID);
    put(ACCOUNTS, JsonApiDocuments.resource(id, ACCOUNTS, all));
    if (all.get("email") instanceof String email) {
      attachUser(email, id);
    }
    return id;
  }

  /** Adds a subscription of an existing account and plan: the given attributes over defaults. */
  String addSubscription(String accountId, String planId, Map<String, ?> attributes) {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(planId, "planId");
    if (find(ACCOUNTS, accountId) == null) {
      throw new IllegalArgumentException("no account " + accountId + " in the sandbox");
    }
    Map<String, Object> plan = find(PLANS, planId);
    if (plan == null) {
      throw new IllegalArgumentException(
          "no plan " + planId + " in the sandbox (plans: " + table(PLANS).keySet() + ")");
    }
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("created_at", ADDED_AT);
    all.put("updated_at", ADDED_AT);
    all.put("plan_id", Long.parseLong(planId));
    all.put("account_id", Long.parseLong(accountId));
    all.put("name", attribute(plan, "name"));
    all.put("trial", false);
    all.put("status", "active");
    all.put("start_date", ADDED_AT.substring(0, 10));
    all.put("expiration_date", "2026-06-02");
    all.put("payment_model", "prepay");
    all.put("plan_period_id", Long.parseLong(planId) * 10 + 1);
    all.put("renewal_settings", ActivePlatformCatalog.renewalSettings());
    all.putAll(attributes);
    if (!attributes.containsKey("ability")) {
      ActivePlatformCatalog.refreshAbility(all);
    }
    String id = nextId(SUBSCRIPTIONS, ActivePlatformSamples.FIRST_SUBSCRIPTION_ID);
    put(SUBSCRIPTIONS, JsonApiDocuments.resource(id, SUBSCRIPTIONS, all));
    for (ActivePlatformCatalog.Resource sold : ActivePlatformCatalog.resources(Long.parseLong(planId))) {
      int amount = Math.max(sold.min(), sold.included());
      put(SUBSCRIPTION_RESOURCES, JsonApiDocuments.resource(nextId(SUBSCRIPTION_RESOURCES, 901),
          SUBSCRIPTION_RESOURCES, ActivePlatformSamples.attributes("subscription_id", Long.parseLong(id),
              "plan_resource_id", sold.id(), "name", sold.name(), "included", sold.included(),
              "additional", amount - sold.included(), "amount", amount)));
    }
    return id;
  }

  /** An attribute of a resource object, or null. */
  static Object attribute(Map<String, Object> resource, String name) {
    return attributes(resource).get(name);
  }

  /** The attributes of a resource object (the stored map itself). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> attributes(Map<String, Object> resource) {
    return (Map<String, Object>) resource.get("attributes");
  }

  private Map<String, Map<String, Object>> table(String name) {
    return tables.computeIfAbsent(name, n -> new LinkedHashMap<>());
  }
}
