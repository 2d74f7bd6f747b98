package dev.apiclients.sandbox;

import static dev.apiclients.sandbox.ActivePlatformSamples.attributes;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the sandbox's plans sell, which the documents do not show: each plan {@code p} has a monthly
 * period ({@code p*10+1}) and a yearly one ({@code p*10+2}), and two resources, "Users" ({@code
 * p*100+1}: none included, 1 to 300, {@code 150 + 50*(p-1200)} a user a month) and "Storage, GB"
 * ({@code p*100+2}: 10 included, 0 to 10,000, 2.00 a GB a month above that). Plans show them as the
 * attributes {@code plan_periods} and {@code plan_resources}. A plan can be switched to another
 * active, public plan of its plan category. Also the subscription {@code ability} flags by status.
 */
final class ActivePlatformCatalog {

  /** The name and limits of each plan resource, by its index (1 or 2). */
  private static final String[] RESOURCE_NAMES = {"Users", "Storage, GB"};
  private static final int[] INCLUDED = {0, 10};
  private static final int[] MIN = {1, 0};
  private static final int[] MAX = {300, 10_000};

  private ActivePlatformCatalog() {}

  /** One period a plan is sold for. */
  record Period(long id, long planId, int months, String unit) {}

  /** One resource a plan sells. */
  record Resource(long id, long planId, int index, String name, int included, int min, int max,
      BigDecimal monthlyPrice) {

    /** What {@code quantity} costs for {@code months}: the units above the included ones. */
    BigDecimal cost(int quantity, int months) {
      return monthlyPrice.multiply(BigDecimal.valueOf((long) Math.max(0, quantity - included) * months));
    }

    /** Whether {@code quantity} is within the plan's range. */
    boolean allows(long quantity) {
      return quantity >= min && quantity <= max;
    }
  }

  /** The periods of a plan. */
  static List<Period> periods(long planId) {
    return List.of(new Period(planId * 10 + 1, planId, 1, "month"), new Period(planId * 10 + 2, planId, 12, "year"));
  }

  /** The period with this id if it belongs to the plan, else null. */
  static Period period(long planId, long periodId) {
    return periods(planId).stream().filter(p -> p.id() == periodId).findFirst().orElse(null);
  }

  /** The resources of a plan. */
  static List<Resource> resources(long planId) {
    BigDecimal users = BigDecimal.valueOf(150 + 50 * Math.floorMod(planId - ActivePlatformSamples.FIRST_PLAN_ID, 20))
        .setScale(2);
    return List.of(resource(planId, 1, users), resource(planId, 2, new BigDecimal("2.00")));
  }

  /** The resource with this id if it belongs to the plan, else null. */
  static Resource resource(long planId, long resourceId) {
    return resources(planId).stream().filter(r -> r.id() == resourceId).findFirst().orElse(null);
  }

  private static Resource resource(long planId, int index, BigDecimal price) {
    return new Resource(planId * 100 + index, planId, index, RESOURCE_NAMES[index - 1], INCLUDED[index - 1],
        MIN[index - 1], MAX[index - 1], price);
  }

  /** The {@code plan_periods} and {@code plan_resources} attributes a plan shows. */
  static void describe(long planId, Map<String, Object> planAttributes) {
    planAttributes.put("plan_periods", periods(planId).stream().map(p -> attributes("id", p.id(),
        "period", p.unit().equals("year") ? 1 : p.months(), "unit", p.unit())).toList());
    planAttributes.put("plan_resources", resources(planId).stream().map(r -> attributes("id", r.id(),
        "name", r.name(), "included", r.included(), "min", r.min(), "max", r.max(),
        "price", r.monthlyPrice().toPlainString())).toList());
  }

  /** Whether a subscription to plan {@code from} may switch to {@code to}. */
  static boolean switchable(Map<String, Object> from, Map<String, Object> to) {
    Map<String, Object> source = ActivePlatformData.attributes(from);
    Map<String, Object> target = ActivePlatformData.attributes(to);
    return !from.get("id").equals(to.get("id")) && "active".equals(target.get("status"))
        && Boolean.TRUE.equals(target.get("public"))
        && String.valueOf(source.get("plan_category_id")).equals(String.valueOf(target.get("plan_category_id")));
  }

  /**
   * The {@code ability} flags of a subscription in a status, in the documents' order: active ones
   * may do everything but activate; graced ones may be stopped, deleted, renewed or prolonged;
   * stopped ones may be activated or deleted; any other status (ordered, deleted, in progress)
   * allows nothing. Auto-renew may change only when allowed and not disabled.
   */
  static Map<String, Object> ability(String status, boolean autorenewChangeable) {
    boolean active = "active".equals(status);
    boolean graced = "graced".equals(status);
    boolean stopped = "stopped".equals(status);
    Map<String, Object> ability = new LinkedHashMap<>();
    ability.put("stop", active || graced);
    ability.put("activate", stopped);
    ability.put("destroy", active || graced || stopped);
    ability.put("adjust", active);
    ability.put("switch_plan", active);
    ability.put("renew", active || graced);
    ability.put("change_auto_renew_option", (active || graced) && autorenewChangeable);
    ability.put("prolong", active || graced);
    ability.put("change_resources_renewal_order", false);
    ability.put("decrease_resources_change_order", active);
    ability.put("decrease_resources_prolong_order", active || graced);
    return ability;
  }

  /** The {@code renewal_settings} a new subscription starts with (the documents' example). */
  static Map<String, Object> renewalSettings() {
    return attributes("autorenew", true, "disable_autorenew", false, "autorenew_point", 0, "manual_renew_point", -1);
  }

  /** Recomputes a subscription's {@code ability} from its status and renewal settings. */
  @SuppressWarnings("unchecked")
  static void refreshAbility(Map<String, Object> subscriptionAttributes) {
    Object settings = subscriptionAttributes.get("renewal_settings");
    boolean changeable = !(settings instanceof Map<?, ?> map)
        || !Boolean.TRUE.equals(((Map<String, Object>) map).get("disable_autorenew"));
    subscriptionAttributes.put("ability", ability((String) subscriptionAttributes.get("status"), changeable));
  }
}
