package dev.apiclients.benchmarks.treewalk;

import dev.apiclients.activeplatform.AccessLevel;
import dev.apiclients.activeplatform.Account;
import dev.apiclients.activeplatform.Manager;
import dev.apiclients.activeplatform.Order;
import dev.apiclients.activeplatform.Plan;
import dev.apiclients.activeplatform.Reseller;
import dev.apiclients.activeplatform.Subscription;
import java.util.Map;

/** The JSON:API type name of each resource record, as the tree walk knew them. */
final class TypeNames {

  private static final Map<Class<?>, String> NAMES = Map.of(Manager.class, "managers", AccessLevel.class,
      "manager_roles", Account.class, "accounts", Subscription.class, "subscriptions", Order.class, "orders",
      Plan.class, "plans", Reseller.class, "resellers");

  private TypeNames() {}

  /** The type name of a resource record, or null for a class that is not one. */
  static String of(Class<?> record) {
    return NAMES.get(record);
  }
}
