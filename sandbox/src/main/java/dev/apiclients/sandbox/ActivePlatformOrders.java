package dev.apiclients.sandbox;

import static dev.apiclients.sandbox.ActivePlatformData.ACCOUNTS;
import static dev.apiclients.sandbox.ActivePlatformData.ORDERS;
import static dev.apiclients.sandbox.ActivePlatformData.PAYMENTS;
import static dev.apiclients.sandbox.ActivePlatformData.PERIODS;
import static dev.apiclients.sandbox.ActivePlatformData.PLANS;
import static dev.apiclients.sandbox.ActivePlatformData.SUBSCRIPTIONS;
import static dev.apiclients.sandbox.ActivePlatformData.SUBSCRIPTION_RESOURCES;
import static dev.apiclients.sandbox.ActivePlatformData.attributes;
import static dev.apiclients.sandbox.ActivePlatformSamples.attributes;

import dev.apiclients.sandbox.ActivePlatformCatalog.Period;
import dev.apiclients.sandbox.ActivePlatformCatalog.Resource;
import dev.apiclients.sandbox.JsonApiDocuments.Problem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The ActivePlatform sandbox's provisioning state machine: orders (sales, change, prolong,
 * renewal, switch), their payments, cancelling, and the subscription operations (stop, activate,
 * delete, auto-renew). Not thread-safe: the sandbox's lock is held.
 *
 * <p>An order of a prepaid subscription with a total above zero waits for payment with a payment
 * of that total; completing the payment from balance completes the order and only then changes
 * the subscription (a sales order's subscription goes from {@code ordered} to {@code active}). An
 * order of a postpaid subscription, or of nothing to pay, completes at once. Stop, activate and
 * delete finish at once (the platform only starts them).
 */
final class ActivePlatformOrders {

  /** The manager whose token the sandbox accepts: the sample administrator. */
  private static final long MANAGER_ID = SandboxData.AP_FIRST_MANAGER_ID;
  private static final String CREATED_BY = "#" + MANAGER_ID + " Brendon Leannon";
  private static final String WAITING = "waiting_for_payment";
  /** The platform's error text for a payment that cannot be paid from balance (its v2 API's wording). */
  static final String NOT_BY_BALANCE = "This payment cannot be completed by balance";

  /** An order kind: its path, its {@code attributes.type}, its resource type and document prefix. */
  enum Kind {
    SALES("sales_order", "SalesOrder", "SO"), CHANGE("change_order", "ChangeOrder", "CO"),
    PROLONG("prolong_order", "ProlongOrder", "PO"), RENEWAL("renewal_order", "RenewalOrder", "RO"),
    SWITCH("switch_order", "SwitchOrder", "SW");

    final String path;
    final String attribute;
    final String prefix;

    Kind(String path, String attribute, String prefix) {
      this.path = path;
      this.attribute = attribute;
      this.prefix = prefix;
    }

    /** The kind of a {@code POST} path such as {@code sales_order}, or null. */
    static Kind ofPath(String path) {
      for (Kind kind : values()) {
        if (kind.path.equals(path)) {
          return kind;
        }
      }
      return null;
    }

    /** The resource type the documents show in a create answer, such as {@code prolong_orders}. */
    String resourceType() {
      return path + "s";
    }
  }

  /** Says why a sales order may not name a validation task, or null when it may. */
  @FunctionalInterface
  interface TaskCheck {
    String refusal(String taskId, long planId, long accountId);
  }

  private final ActivePlatformData data;
  private final Supplier<OffsetDateTime> now;
  private final TaskCheck tasks;
  /** What completing each waiting order does to its subscription, by order id. */
  private final Map<String, Runnable> onCompletion = new HashMap<>();

  ActivePlatformOrders(ActivePlatformData data, Supplier<OffsetDateTime> now, TaskCheck tasks) {
    this.data = data;
    this.now = now;
    this.tasks = tasks;
  }

  /**
   * An order type in one spelling for comparisons: {@code SalesOrder}, {@code sales_order} and
   * {@code sales} are all {@code sales}; {@code switch_plan} is {@code switch}.
   */
  static String kindName(String type) {
    if (type == null) {
      return "";
    }
    String name = type.toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "");
    name = name.endsWith("order") ? name.substring(0, name.length() - "order".length()) : name;
    return name.equals("switchplan") ? "switch" : name;
  }

  /** A payment's attributes, shaped like the documents' payment example. */
  static Map<String, Object> payment(Object accountId, BigDecimal total, String status, String methodName,
      String timestamp) {
    String amount = money(total);
    return attributes("created_at", timestamp, "updated_at", timestamp, "account_id", accountId,
        "discount_amount", "0.00", "total", amount, "amount_paid_from_balance", null, "initial_total", amount,
        "currency_code", "RUB", "comment", null, "status", status, "document_id", null, "expiration_date", null,
        "payment_method_id", null, "requester_ip", null, "manager_id", null, "purpose", null,
        "external_total", null, "external_currency", null, "due_date", null, "payment_method_name", methodName,
        "closed_at", "waiting_for_payment".equals(status) ? null : timestamp);
  }

  // ---- orders ----

  /** {@code POST /{kind}_order}: 201 with the order. */
  SandboxResponse create(Kind kind, WriteBody body) {
    return switch (kind) {
      case SALES -> sales(body);
      case CHANGE -> change(body);
      case PROLONG -> prolong(body);
      case RENEWAL -> renewal(body);
      case SWITCH -> switchPlan(body);
    };
  }

  private SandboxResponse sales(WriteBody body) {
    long accountId = body.requiredId("account_id");
    if (data.find(ACCOUNTS, String.valueOf(accountId)) == null) {
      throw Problem.invalidAttribute("account_id", "Account " + accountId + " is not found");
    }
    long planId = body.requiredId("plan_id");
    Map<String, Object> plan = data.find(PLANS, String.valueOf(planId));
    if (plan == null || !"active".equals(attributes(plan).get("status"))) {
      throw Problem.invalidAttribute("plan_id", "The plan id " + planId + " is not available for ordering");
    }
    Period period = period(planId, body.requiredId("plan_period_id"));
    String paymentModel = body.requiredText("payment_model");
    if (!paymentModel.equals("prepay") && !paymentModel.equals("postpay")) {
      throw Problem.invalidAttribute("payment_model", "payment_model must be prepay or postpay, was " + paymentModel);
    }
    if (body.has("async_task_id")) {
      String refusal = tasks.refusal(String.valueOf(body.all().get("async_task_id")), planId, accountId);
      if (refusal != null) {
        throw Problem.invalidAttribute("async_task_id", refusal);
      }
    }
    Map<Long, Integer> quantities = quantities(body, planId, Map.of(), true);
    BigDecimal total = cost(planId, quantities, Map.of(), period.months());
    String promo = body.optionalText("promo_code");
    LocalDate today = now.get().toLocalDate();
    Map<String, Object> subscription = new LinkedHashMap<>();
    subscription.put("created_at", stamp());
    subscription.put("updated_at", stamp());
    subscription.put("plan_id", planId);
    subscription.put("account_id", accountId);
    subscription.put("name", attributes(plan).get("name") + " " + accountId);
    subscription.put("trial", false);
    subscription.put("status", "ordered");
    subscription.put("start_date", today.toString());
    subscription.put("expiration_date", today.plusMonths(period.months()).toString());
    subscription.put("plan_period_id", period.id());
    subscription.put("payment_model", paymentModel);
    subscription.put("promo_code", promo);
    subscription.put("renewal_settings", ActivePlatformCatalog.renewalSettings());
    subscription.put("fixed_price", false);
    subscription.put("custom_price", false);
    ActivePlatformCatalog.refreshAbility(subscription);
    String id = data.nextId(SUBSCRIPTIONS, ActivePlatformSamples.FIRST_SUBSCRIPTION_ID);
    data.put(SUBSCRIPTIONS, JsonApiDocuments.resource(id, SUBSCRIPTIONS, subscription));
    putPeriod(id, period);
    for (Resource resource : ActivePlatformCatalog.resources(planId)) {
      int amount = quantities.getOrDefault(resource.id(), Math.max(resource.min(), resource.included()));
      String resourceId = data.nextId(SUBSCRIPTION_RESOURCES, 901);
      data.put(SUBSCRIPTION_RESOURCES, JsonApiDocuments.resource(resourceId, SUBSCRIPTION_RESOURCES,
          attributes("subscription_id", Long.parseLong(id), "plan_resource_id", resource.id(),
              "name", resource.name(), "included", resource.included(),
              "additional", amount - resource.included(), "amount", amount)));
    }
    return order(Kind.SALES, id, total, promo, () -> {
      subscription.put("status", "active");
      LocalDate start = now.get().toLocalDate();
      subscription.put("start_date", start.toString());
      subscription.put("expiration_date", start.plusMonths(period.months()).toString());
      touch(subscription);
    });
  }

  private SandboxResponse change(WriteBody body) {
    String subscriptionId = bodySubscription(body);
    Map<String, Object> subscription = allowed(subscriptionId, "adjust");
    boolean decrease = Boolean.TRUE.equals(ability(subscription).get("decrease_resources_change_order"));
    List<WriteBody> items = body.list("resources");
    if (items.isEmpty()) {
      throw Problem.invalidAttribute("resources", "resources must name at least one resource to change");
    }
    int months = currentPeriod(subscription).months();
    Map<Map<String, Object>, Integer> changes = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (WriteBody item : items) {
      long resourceId = item.requiredId("resource_id");
      long additional = item.requiredId("additional");
      Map<String, Object> resource = data.find(SUBSCRIPTION_RESOURCES, String.valueOf(resourceId));
      if (resource == null || !subscriptionId.equals(String.valueOf(attributes(resource).get("subscription_id")))) {
        throw Problem.unprocessable("The resource id " + resourceId + " is not available for ordering in plan");
      }
      Map<String, Object> current = attributes(resource);
      int ordered = ((Number) current.get("additional")).intValue();
      if (additional == ordered) {
        throw Problem.unprocessable("To change the quantity of resource id " + resourceId
            + ", specify a value other than already ordered");
      }
      if (additional < ordered && !decrease) {
        throw Problem.unprocessable("Resources downgrade are not allowed");
      }
      Resource sold = soldResource(subscription, current);
      int included = ((Number) current.get("included")).intValue();
      if (sold != null && !sold.allows(included + additional)) {
        throw Problem.unprocessable("There are ordered invalid amount of resources");
      }
      if (sold != null && additional > ordered) {
        total = total.add(sold.monthlyPrice().multiply(BigDecimal.valueOf((additional - ordered) * months)));
      }
      changes.put(current, (int) additional);
    }
    return order(Kind.CHANGE, subscriptionId, total, body.optionalText("promo_code"), () -> {
      changes.forEach((resource, additional) -> {
        resource.put("additional", additional);
        resource.put("amount", ((Number) resource.get("included")).intValue() + additional);
      });
      touch(subscription);
    });
  }

  private SandboxResponse prolong(WriteBody body) {
    String subscriptionId = bodySubscription(body);
    Map<String, Object> subscription = allowed(subscriptionId, "prolong");
    long planId = planOf(subscription);
    boolean decrease = Boolean.TRUE.equals(ability(subscription).get("decrease_resources_prolong_order"));
    Map<Long, Integer> current = amounts(subscriptionId);
    Map<Long, Integer> quantities = quantities(body, planId, current, decrease);
    Period period = currentPeriod(subscription);
    BigDecimal total = cost(planId, quantities, current, period.months());
    return order(Kind.PROLONG, subscriptionId, total, body.optionalText("promo_code"), () -> {
      setAmounts(subscriptionId, quantities);
      extend(subscription, period, false);
    });
  }

  private SandboxResponse renewal(WriteBody body) {
    String subscriptionId = bodySubscription(body);
    Map<String, Object> subscription = allowed(subscriptionId, "renew");
    long planId = planOf(subscription);
    Period period = period(planId, body.requiredId("plan_period_id"));
    Map<Long, Integer> current = amounts(subscriptionId);
    Map<Long, Integer> quantities = quantities(body, planId, current, true);
    BigDecimal total = cost(planId, quantities, current, period.months());
    return order(Kind.RENEWAL, subscriptionId, total, body.optionalText("promo_code"), () -> {
      setAmounts(subscriptionId, quantities);
      subscription.put("plan_period_id", period.id());
      putPeriod(subscriptionId, period);
      extend(subscription, period, true);
    });
  }

  private SandboxResponse switchPlan(WriteBody body) {
    String subscriptionId = bodySubscription(body);
    Map<String, Object> subscription = allowed(subscriptionId, "switch_plan");
    long targetId = body.requiredId("plan_id");
    long periodId = body.requiredId("plan_period_id");
    String switchType = body.requiredText("switch_type");
    if (!switchType.equals("immediate_switch") && !switchType.equals("delayed_switch")) {
      throw Problem.invalidAttribute("switch_type", "switch_type must be immediate_switch or delayed_switch, was "
          + switchType);
    }
    Map<String, Object> from = data.find(PLANS, String.valueOf(planOf(subscription)));
    Map<String, Object> target = data.find(PLANS, String.valueOf(targetId));
    if (from == null || target == null || !ActivePlatformCatalog.switchable(from, target)) {
      throw Problem.unprocessable("Can not switch to plan with id " + targetId);
    }
    Period period = period(targetId, periodId);
    Map<Long, Integer> carried = new HashMap<>();
    amounts(subscriptionId).forEach((resource, amount) -> carried.put(targetId * 100 + resource % 100, amount));
    Map<Long, Integer> quantities = quantities(body, targetId, carried, true);
    BigDecimal total = cost(targetId, quantities, carried, period.months());
    return order(Kind.SWITCH, subscriptionId, total, body.optionalText("promo_code"), () -> {
      subscription.put("plan_id", targetId);
      subscription.put("plan_period_id", period.id());
      subscription.put("name", attributes(target).get("name") + " " + subscription.get("account_id"));
      putPeriod(subscriptionId, period);
      for (Map<String, Object> resource : resourcesOf(subscriptionId)) {
        Resource sold = ActivePlatformCatalog.resource(targetId,
            targetId * 100 + ((Number) resource.get("plan_resource_id")).longValue() % 100);
        if (sold != null) {
          int amount = quantities.getOrDefault(sold.id(), carried.getOrDefault(sold.id(),
              ((Number) resource.get("amount")).intValue()));
          resource.put("plan_resource_id", sold.id());
          resource.put("included", sold.included());
          resource.put("additional", amount - sold.included());
          resource.put("amount", amount);
        }
      }
      touch(subscription);
    });
  }

  /** {@code POST /orders/{id}/cancel_operation}: only an order waiting for payment; 200, empty. */
  SandboxResponse cancel(String orderId) {
    Map<String, Object> order = data.find(ORDERS, orderId);
    if (order == null) {
      throw Problem.notFound("No orders resource with id " + orderId + " for reseller 1");
    }
    Object status = attributes(order).get("status");
    if (!WAITING.equals(status)) {
      throw Problem.unprocessable("Only an order waiting for payment can be cancelled; this one is " + status);
    }
    cancelOrder(order);
    return empty();
  }

  private void cancelOrder(Map<String, Object> order) {
    Map<String, Object> attributes = attributes(order);
    attributes.put("status", "cancelled");
    attributes.put("closed_at", stamp());
    attributes.put("updated_at", stamp());
    onCompletion.remove((String) order.get("id"));
    Map<String, Object> payment = attributes.get("payment_id") == null ? null
        : data.find(PAYMENTS, attributes.get("payment_id").toString());
    if (payment != null && WAITING.equals(attributes(payment).get("status"))) {
      attributes(payment).put("status", "cancelled");
      attributes(payment).put("closed_at", paymentStamp());
      attributes(payment).put("updated_at", paymentStamp());
    }
    Object subscriptionId = attributes.get("subscription_id");
    Map<String, Object> subscription = subscriptionId == null ? null
        : data.find(SUBSCRIPTIONS, subscriptionId.toString());
    if (kindName((String) attributes.get("type")).equals("sales") && subscription != null
        && "ordered".equals(attributes(subscription).get("status"))) {
      attributes(subscription).put("status", "deleted");
      touch(attributes(subscription));
    }
  }

  // ---- payments ----

  /** {@code POST /payments}: a top-up payment waiting for payment; 201. */
  SandboxResponse createPayment(WriteBody body) {
    long accountId = body.requiredId("account_id");
    if (data.find(ACCOUNTS, String.valueOf(accountId)) == null) {
      throw Problem.invalidAttribute("account_id", "Account " + accountId + " is not found");
    }
    BigDecimal total = body.requiredMoney("total");
    String comment = body.requiredText("comment");
    Map<String, Object> payment = payment(accountId, total, WAITING, null, paymentStamp());
    payment.put("comment", comment);
    payment.put("purpose", body.optionalText("purpose"));
    payment.put("manager_id", MANAGER_ID);
    return SandboxResponse.jsonApi(201, JsonApiDocuments.item(putPayment(payment), List.of()));
  }

  /** {@code PATCH /payments/{id}} with {@code status: paid_from_balance}: completes its orders; 200. */
  SandboxResponse completePayment(String paymentId, WriteBody body) {
    Map<String, Object> payment = data.find(PAYMENTS, paymentId);
    if (payment == null) {
      throw Problem.notFound("No payments resource with id " + paymentId + " for reseller 1");
    }
    String status = body.requiredText("status");
    if (!status.equals("paid_from_balance")) {
      throw Problem.invalidAttribute("status", "status can only be set to paid_from_balance, was " + status);
    }
    Map<String, Object> attributes = attributes(payment);
    List<Map<String, Object>> orders = data.values(ORDERS).stream()
        .filter(o -> paymentId.equals(String.valueOf(attributes(o).get("payment_id")))).toList();
    if (!WAITING.equals(attributes.get("status")) || orders.isEmpty()) {
      throw Problem.unprocessable(NOT_BY_BALANCE);
    }
    attributes.put("status", "paid_from_balance");
    attributes.put("amount_paid_from_balance", attributes.get("total"));
    attributes.put("closed_at", paymentStamp());
    attributes.put("updated_at", paymentStamp());
    orders.stream().filter(o -> WAITING.equals(attributes(o).get("status"))).forEach(this::complete);
    return SandboxResponse.jsonApi(200, JsonApiDocuments.item(payment, List.of()));
  }

  private void complete(Map<String, Object> order) {
    Map<String, Object> attributes = attributes(order);
    attributes.put("status", "completed");
    attributes.put("closed_at", stamp());
    attributes.put("provisioning_date", stamp());
    attributes.put("updated_at", stamp());
    Runnable effect = onCompletion.remove((String) order.get("id"));
    if (effect != null) {
      effect.run();
    }
  }

  // ---- subscription operations ----

  /** {@code POST /subscriptions/{id}/{stop,activate,delete}_operation}: 200, empty. */
  SandboxResponse operate(String subscriptionId, String operation, WriteBody body) {
    String flag = switch (operation) {
      case "stop" -> "stop";
      case "activate" -> "activate";
      default -> "destroy";
    };
    Map<String, Object> subscription = allowed(pathSubscription(subscriptionId), flag);
    if (!flag.equals("destroy")) {
      body.requiredText("reason");
      body.requiredText("comment");
    }
    for (Map<String, Object> order : data.all(ORDERS)) {
      Map<String, Object> attributes = attributes(order);
      String kind = kindName((String) attributes.get("type"));
      if (subscriptionId.equals(String.valueOf(attributes.get("subscription_id")))
          && WAITING.equals(attributes.get("status"))
          && (flag.equals("destroy") || flag.equals("stop") && (kind.equals("prolong") || kind.equals("renewal")))) {
        cancelOrder(order);
      }
    }
    subscription.put("status", switch (flag) {
      case "stop" -> "stopped";
      case "activate" -> "active";
      default -> "deleted";
    });
    touch(subscription);
    return empty();
  }

  /** {@code PATCH /subscriptions/{id}}: the auto-renew option only; 200 with the subscription. */
  @SuppressWarnings("unchecked")
  SandboxResponse autorenew(String subscriptionId, WriteBody body) {
    Map<String, Object> subscription = allowed(pathSubscription(subscriptionId), "change_auto_renew_option");
    Boolean autorenew = body.optionalBoolean("autorenew");
    if (autorenew == null) {
      throw Problem.invalidAttribute("autorenew", "autorenew is required");
    }
    Map<String, Object> settings = (Map<String, Object>) subscription.computeIfAbsent("renewal_settings",
        k -> ActivePlatformCatalog.renewalSettings());
    if (autorenew.equals(settings.get("autorenew"))) {
      throw Problem.unprocessable("You are trying to change the current Auto-renew value to the same value");
    }
    settings.put("autorenew", autorenew);
    touch(subscription);
    return SandboxResponse.jsonApi(200, JsonApiDocuments.item(data.find(SUBSCRIPTIONS, subscriptionId), List.of()));
  }

  // ---- helpers ----

  /** Creates the order (and its payment, or completes it at once) and answers 201 with it. */
  private SandboxResponse order(Kind kind, String subscriptionId, BigDecimal total, String promo, Runnable effect) {
    Map<String, Object> subscription = attributes(data.find(SUBSCRIPTIONS, subscriptionId));
    String id = data.nextId(ORDERS, OrderAndResellerSamples.FIRST_ORDER_ID);
    Map<String, Object> order = attributes("created_at", stamp(), "updated_at", stamp(),
        "document_id", String.format(Locale.ROOT, "%s%07d", kind.prefix, Long.parseLong(id)), "status", WAITING,
        "account_id", subscription.get("account_id"), "type", kind.attribute, "closed_at", null,
        "expiration_date", now.get().toLocalDate().plusDays(7).toString(), "provisioning_date", null,
        "total", money(total), "promo_code", promo, "payment_id", null, "manager_id", MANAGER_ID,
        "requester_ip", null, "custom_price", false, "created_by", CREATED_BY, "currency", "RUB",
        "subscription_id", Long.parseLong(subscriptionId));
    Map<String, Object> resource = JsonApiDocuments.resource(id, ORDERS, order);
    data.put(ORDERS, resource);
    if ("prepay".equals(subscription.get("payment_model")) && total.signum() > 0) {
      Map<String, Object> payment = payment(subscription.get("account_id"), total, WAITING, null, paymentStamp());
      payment.put("manager_id", MANAGER_ID);
      order.put("payment_id", Long.parseLong((String) putPayment(payment).get("id")));
      onCompletion.put(id, effect);
    } else {
      onCompletion.put(id, effect);
      complete(resource);
    }
    Map<String, Object> shown = new LinkedHashMap<>(resource);
    shown.put("type", kind.resourceType());
    return SandboxResponse.jsonApi(201, JsonApiDocuments.item(shown, List.of()));
  }

  private Map<String, Object> putPayment(Map<String, Object> attributes) {
    String id = data.nextId(PAYMENTS, 5001);
    attributes.put("document_id", String.format(Locale.ROOT, "%06d", Long.parseLong(id)));
    Map<String, Object> payment = JsonApiDocuments.resource(id, PAYMENTS, attributes);
    data.put(PAYMENTS, payment);
    return payment;
  }

  private String bodySubscription(WriteBody body) {
    long id = body.requiredId("subscription_id");
    if (data.find(SUBSCRIPTIONS, String.valueOf(id)) == null) {
      throw Problem.invalidAttribute("subscription_id", "Subscription " + id + " is not found");
    }
    return String.valueOf(id);
  }

  private String pathSubscription(String id) {
    if (data.find(SUBSCRIPTIONS, id) == null) {
      throw Problem.notFound("No subscriptions resource with id " + id + " for reseller 1");
    }
    return id;
  }

  /** The subscription's attributes when its {@code ability} has the flag; 403 otherwise. */
  private Map<String, Object> allowed(String subscriptionId, String flag) {
    Map<String, Object> subscription = attributes(data.find(SUBSCRIPTIONS, subscriptionId));
    if (!Boolean.TRUE.equals(ability(subscription).get(flag))) {
      throw Problem.forbidden();
    }
    return subscription;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> ability(Map<String, Object> subscription) {
    Object ability = subscription.get("ability");
    if (!(ability instanceof Map)) {
      ActivePlatformCatalog.refreshAbility(subscription);
      ability = subscription.get("ability");
    }
    return (Map<String, Object>) ability;
  }

  private static long planOf(Map<String, Object> subscription) {
    return ((Number) subscription.get("plan_id")).longValue();
  }

  private static Period period(long planId, long periodId) {
    Period period = ActivePlatformCatalog.period(planId, periodId);
    if (period == null) {
      throw Problem.invalidAttribute("plan_period_id", "The period id " + periodId
          + " is not available for ordering in plan " + planId);
    }
    return period;
  }

  /** The subscription's period, monthly when it has none the plan sells. */
  private static Period currentPeriod(Map<String, Object> subscription) {
    long planId = planOf(subscription);
    Object periodId = subscription.get("plan_period_id");
    Period period = periodId == null ? null : ActivePlatformCatalog.period(planId, ((Number) periodId).longValue());
    return period != null ? period : ActivePlatformCatalog.periods(planId).get(0);
  }

  private Resource soldResource(Map<String, Object> subscription, Map<String, Object> resource) {
    Object planResource = resource.get("plan_resource_id");
    return planResource == null ? null
        : ActivePlatformCatalog.resource(planOf(subscription), ((Number) planResource).longValue());
  }

  /** The {@code resources.data[]{plan_resource_id, quantity}} of a body, checked against the plan. */
  private static Map<Long, Integer> quantities(WriteBody body, long planId, Map<Long, Integer> current,
      boolean decrease) {
    Map<Long, Integer> quantities = new LinkedHashMap<>();
    for (WriteBody item : body.list("resources")) {
      long resourceId = item.requiredId("plan_resource_id");
      long quantity = item.requiredId("quantity");
      Resource resource = ActivePlatformCatalog.resource(planId, resourceId);
      if (resource == null) {
        throw Problem.unprocessable("The resource id " + resourceId + " is not available for ordering in plan");
      }
      if (!resource.allows(quantity)) {
        throw Problem.unprocessable("There are ordered invalid amount of resources");
      }
      Integer ordered = current.get(resourceId);
      if (!decrease && ordered != null && quantity < ordered) {
        throw Problem.unprocessable("Resources downgrade are not allowed");
      }
      quantities.put(resourceId, (int) quantity);
    }
    return quantities;
  }

  /** What a period of the plan costs at these quantities (else the current ones, else the minimum). */
  private static BigDecimal cost(long planId, Map<Long, Integer> quantities, Map<Long, Integer> current, int months) {
    BigDecimal total = BigDecimal.ZERO;
    for (Resource resource : ActivePlatformCatalog.resources(planId)) {
      int quantity = quantities.getOrDefault(resource.id(),
          current.getOrDefault(resource.id(), Math.max(resource.min(), resource.included())));
      total = total.add(resource.cost(quantity, months));
    }
    return total;
  }

  private List<Map<String, Object>> resourcesOf(String subscriptionId) {
    return data.values(SUBSCRIPTION_RESOURCES).stream().map(ActivePlatformData::attributes)
        .filter(r -> subscriptionId.equals(String.valueOf(r.get("subscription_id")))).toList();
  }

  /** The subscription's amounts by plan resource id. */
  private Map<Long, Integer> amounts(String subscriptionId) {
    Map<Long, Integer> amounts = new LinkedHashMap<>();
    for (Map<String, Object> resource : resourcesOf(subscriptionId)) {
      if (resource.get("plan_resource_id") instanceof Number planResource) {
        amounts.put(planResource.longValue(), ((Number) resource.get("amount")).intValue());
      }
    }
    return amounts;
  }

  private void setAmounts(String subscriptionId, Map<Long, Integer> quantities) {
    for (Map<String, Object> resource : resourcesOf(subscriptionId)) {
      Integer amount = resource.get("plan_resource_id") instanceof Number planResource
          ? quantities.get(planResource.longValue()) : null;
      if (amount != null) {
        resource.put("additional", amount - ((Number) resource.get("included")).intValue());
        resource.put("amount", amount);
      }
    }
  }

  /** Moves the expiry one period on (from today when it already passed, for a renewal) and reactivates. */
  private void extend(Map<String, Object> subscription, Period period, boolean fromToday) {
    LocalDate expiry = LocalDate.parse((String) subscription.get("expiration_date"));
    LocalDate today = now.get().toLocalDate();
    LocalDate from = fromToday && expiry.isBefore(today) ? today : expiry;
    subscription.put("expiration_date", from.plusMonths(period.months()).toString());
    if ("graced".equals(subscription.get("status"))) {
      subscription.put("status", "active");
    }
    touch(subscription);
  }

  private void putPeriod(String subscriptionId, Period period) {
    BigDecimal price = ActivePlatformCatalog.resources(period.planId()).get(0).monthlyPrice()
        .multiply(BigDecimal.valueOf(period.months()));
    data.put(PERIODS, JsonApiDocuments.resource(subscriptionId, PERIODS, attributes(
        "subscription_id", Long.parseLong(subscriptionId), "plan_period_id", period.id(),
        "period", period.unit().equals("year") ? 1 : period.months(), "unit", period.unit(),
        "price", money(price), "currency", "RUB")));
  }

  /** Updates {@code updated_at} and the {@code ability} after a change. */
  private void touch(Map<String, Object> subscription) {
    subscription.put("updated_at", stamp());
    ActivePlatformCatalog.refreshAbility(subscription);
  }

  private String stamp() {
    return ActivePlatformSamples.timestamp(now.get());
  }

  private String paymentStamp() {
    return ActivePlatformSamples.paymentTimestamp(now.get());
  }

  private static String money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static SandboxResponse empty() {
    return new SandboxResponse(200, Map.of(), new byte[0]);
  }
}
