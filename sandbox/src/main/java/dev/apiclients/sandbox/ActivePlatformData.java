package dev.apiclients.sandbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
