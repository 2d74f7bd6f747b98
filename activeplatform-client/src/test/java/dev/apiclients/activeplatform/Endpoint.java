package dev.apiclients.activeplatform;

import java.util.List;
import java.util.function.Function;

/**
 * One public read operation for the parameterized tests: the path it must request (reseller 1,
 * or 2 for {@code getReseller}), how to call it, and whether it walks pages.
 */
record Endpoint(String name, String path, boolean listing, Function<ActivePlatformClient, Object> call) {

  static final String ROOT = "/api/v3/resellers/1/";

  @Override
  public String toString() {
    return name;
  }

  /** Every listing, called through its {@code get<Rs>} (the whole list). */
  static List<Endpoint> listings() {
    return List.of(
        new Endpoint("getManagers", ROOT + "managers", true, ap -> ap.managers().getManagers(1)),
        new Endpoint("getChildResellerManagers", ROOT + "child_reseller_managers", true,
            ap -> ap.managers().getChildResellerManagers(1)),
        new Endpoint("getManagerRoles", ROOT + "manager_roles", true, ap -> ap.managers().getManagerRoles(1)),
        new Endpoint("getAccounts", ROOT + "accounts", true, ap -> ap.accounts().getAccounts(1)),
        new Endpoint("getSubscriptions", ROOT + "subscriptions", true, ap -> ap.subscriptions().getSubscriptions(1)),
        new Endpoint("getOrders", ROOT + "orders", true, ap -> ap.orders().getOrders(1)),
        new Endpoint("getPlans", ROOT + "plans", true, ap -> ap.plans().getPlans(1)),
        new Endpoint("getChildResellers", ROOT + "child_resellers", true, ap -> ap.resellers().getChildResellers(1)));
  }

  /** Every listing, called through its lazy {@code stream<Rs>} and collected. */
  static List<Endpoint> streams() {
    return List.of(
        new Endpoint("streamManagers", ROOT + "managers", true, ap -> ap.managers().streamManagers(1).toList()),
        new Endpoint("streamChildResellerManagers", ROOT + "child_reseller_managers", true,
            ap -> ap.managers().streamChildResellerManagers(1).toList()),
        new Endpoint("streamManagerRoles", ROOT + "manager_roles", true, ap -> ap.managers().streamManagerRoles(1).toList()),
        new Endpoint("streamAccounts", ROOT + "accounts", true, ap -> ap.accounts().streamAccounts(1).toList()),
        new Endpoint("streamSubscriptions", ROOT + "subscriptions", true,
            ap -> ap.subscriptions().streamSubscriptions(1).toList()),
        new Endpoint("streamOrders", ROOT + "orders", true, ap -> ap.orders().streamOrders(1).toList()),
        new Endpoint("streamPlans", ROOT + "plans", true, ap -> ap.plans().streamPlans(1).toList()),
        new Endpoint("streamChildResellers", ROOT + "child_resellers", true,
            ap -> ap.resellers().streamChildResellers(1).toList()));
  }

  /** Every read by id. */
  static List<Endpoint> reads() {
    return List.of(
        new Endpoint("getManager", ROOT + "managers/403", false, ap -> ap.managers().getManager(1, "403")),
        new Endpoint("getChildResellerManager", ROOT + "child_reseller_managers/145", false,
            ap -> ap.managers().getChildResellerManager(1, "145")),
        new Endpoint("getAccount", ROOT + "accounts/523", false, ap -> ap.accounts().getAccount(1, "523")),
        new Endpoint("getSubscription", ROOT + "subscriptions/3007095", false,
            ap -> ap.subscriptions().getSubscription(1, "3007095")),
        new Endpoint("getOrder", ROOT + "orders/1001", false, ap -> ap.orders().getOrder(1, "1001")),
        new Endpoint("getPlan", ROOT + "plans/368", false, ap -> ap.plans().getPlan(1, "368")),
        new Endpoint("getReseller", "/api/v3/resellers/2", false, ap -> ap.resellers().getReseller(2)));
  }

  /** Listings and reads. */
  static List<Endpoint> all() {
    List<Endpoint> all = new java.util.ArrayList<>(listings());
    all.addAll(reads());
    return all;
  }
}
