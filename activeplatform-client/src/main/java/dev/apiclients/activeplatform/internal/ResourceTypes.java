package dev.apiclients.activeplatform.internal;

import dev.apiclients.activeplatform.AccessLevel;
import dev.apiclients.activeplatform.Account;
import dev.apiclients.activeplatform.Manager;
import dev.apiclients.activeplatform.Order;
import dev.apiclients.activeplatform.Plan;
import dev.apiclients.activeplatform.Reseller;
import dev.apiclients.activeplatform.Subscription;
import java.util.List;

/**
 * Every resource the client reads. The type names of managers, subscriptions and plans are in the
 * documents' examples; those of manager roles, accounts, orders and resellers are not visible and
 * are assumed to be the plural path names. The name is used only to match included resources.
 */
public final class ResourceTypes {

  public static final ResourceType<Manager> MANAGERS =
      new ResourceType<>(Manager.class, "managers", ResourcesApi::managers, ResourcesApi::manager);
  public static final ResourceType<AccessLevel> MANAGER_ROLES =
      new ResourceType<>(AccessLevel.class, "manager_roles", ResourcesApi::accessLevels, ResourcesApi::accessLevel);
  public static final ResourceType<Account> ACCOUNTS =
      new ResourceType<>(Account.class, "accounts", ResourcesApi::accounts, ResourcesApi::account);
  public static final ResourceType<Subscription> SUBSCRIPTIONS =
      new ResourceType<>(Subscription.class, "subscriptions", ResourcesApi::subscriptions, ResourcesApi::subscription);
  public static final ResourceType<Order> ORDERS =
      new ResourceType<>(Order.class, "orders", ResourcesApi::orders, ResourcesApi::order);
  public static final ResourceType<Plan> PLANS =
      new ResourceType<>(Plan.class, "plans", ResourcesApi::plans, ResourcesApi::plan);
  public static final ResourceType<Reseller> RESELLERS =
      new ResourceType<>(Reseller.class, "resellers", ResourcesApi::resellers, ResourcesApi::reseller);

  private static final List<ResourceType<?>> ALL =
      List.of(MANAGERS, MANAGER_ROLES, ACCOUNTS, SUBSCRIPTIONS, ORDERS, PLANS, RESELLERS);

  private ResourceTypes() {}

  /** The JSON:API type name of a resource record, or null for a class that is not one. */
  static String typeName(Class<?> record) {
    for (ResourceType<?> type : ALL) {
      if (type.record() == record) {
        return type.typeName();
      }
    }
    return null;
  }
}
