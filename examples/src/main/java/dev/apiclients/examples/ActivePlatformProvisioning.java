package dev.apiclients.examples;

import dev.apiclients.activeplatform.Account;
import dev.apiclients.activeplatform.ActivePlatformClient;
import dev.apiclients.activeplatform.AsyncTask;
import dev.apiclients.activeplatform.ChangeOrder;
import dev.apiclients.activeplatform.IncludedResource;
import dev.apiclients.activeplatform.NewAccount;
import dev.apiclients.activeplatform.Order;
import dev.apiclients.activeplatform.OrderAttributesValidation;
import dev.apiclients.activeplatform.Payment;
import dev.apiclients.activeplatform.PaymentModel;
import dev.apiclients.activeplatform.ProlongOrder;
import dev.apiclients.activeplatform.SalesOrder;
import dev.apiclients.activeplatform.Subscription;
import dev.apiclients.activeplatform.SubscriptionAbility;
import dev.apiclients.activeplatform.SubscriptionQuery;
import dev.apiclients.activeplatform.SubscriptionStatus;
import dev.apiclients.activeplatform.SwitchOrder;
import dev.apiclients.activeplatform.SwitchType;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A provisioning tour of the ActivePlatform client: create a customer account, validate the order
 * attributes, order a subscription, pay the order from the balance, see the subscription active,
 * add 5 seats (change order), stop and activate it, turn auto-renew off, switch its plan, and
 * cancel an order that waits for payment.
 *
 * <p>On the embedded sandbox it runs as it is. Against a real platform ({@code ACTIVEPLATFORM_*}
 * in the environment) it writes NOTHING unless you pass {@value #ALLOW_WRITES}, and then only with
 * the ids of your own catalogue: {@code --account-type=ID --plan=ID --period=ID
 * --users-resource=ID --switch-plan=ID --switch-period=ID} (the sandbox's are the defaults there).
 * It creates a real account, real orders and payments paid from that account's balance.
 */
public final class ActivePlatformProvisioning {

  /** The flag without which nothing is written to a real platform. */
  public static final String ALLOW_WRITES = "--allow-writes";

  /** How long the tour waits for the platform to finish an operation it started. */
  private static final Duration OPERATION_WAIT = Duration.ofMinutes(2);

  /**
   * The catalogue ids the tour orders with.
   *
   * @param accountTypeId the type of the account created
   * @param planId the plan ordered
   * @param periodId the period of that plan ordered
   * @param usersResourceId the plan resource counted in seats
   * @param switchPlanId the plan switched to
   * @param switchPeriodId the period of the plan switched to
   */
  public record Choices(long accountTypeId, long planId, long periodId, long usersResourceId, long switchPlanId,
      long switchPeriodId) {

    /** The sandbox's catalogue: plan 1200 monthly, its Users resource, switching to 1201 yearly. */
    public static final Choices SANDBOX = new Choices(2, 1200, 12001, 120001, 1201, 12012);

    private static final List<String> NAMES = List.of("account-type", "plan", "period", "users-resource",
        "switch-plan", "switch-period");

    /**
     * Reads {@code --name=ID} arguments over the sandbox's ids; on a real platform every one must
     * be given.
     *
     * @throws IllegalArgumentException naming what is missing or malformed
     */
    public static Choices parse(List<String> args, boolean sandbox) {
      Map<String, Long> ids = new LinkedHashMap<>();
      List<Long> defaults = List.of(SANDBOX.accountTypeId, SANDBOX.planId, SANDBOX.periodId, SANDBOX.usersResourceId,
          SANDBOX.switchPlanId, SANDBOX.switchPeriodId);
      for (int i = 0; i < NAMES.size(); i++) {
        String prefix = "--" + NAMES.get(i) + "=";
        String given = args.stream().filter(a -> a.startsWith(prefix)).reduce((a, b) -> b).orElse(null);
        if (given == null && !sandbox) {
          throw new IllegalArgumentException("On a real platform give every id of your catalogue: "
              + NAMES.stream().map(n -> "--" + n + "=ID").toList() + "; missing --" + NAMES.get(i));
        }
        try {
          ids.put(NAMES.get(i), given == null ? defaults.get(i) : Long.parseLong(given.substring(prefix.length())));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(given + ": the id must be a whole number", e);
        }
      }
      List<Long> v = new ArrayList<>(ids.values());
      return new Choices(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5));
    }
  }

  private ActivePlatformProvisioning() {}

  /** Runs the tour on the sandbox, or on the real platform with {@value #ALLOW_WRITES}. */
  public static void main(String[] args) {
    try (Target target = Target.fromEnvironment(System.getenv(), System.out)) {
      run(target, Arrays.asList(args), System.out);
    }
  }

  /**
   * Runs the tour against the given target, printing to {@code out}; on a real platform only when
   * {@code args} hold {@value #ALLOW_WRITES} and the catalogue ids.
   *
   * @return whether anything was written
   */
  public static boolean run(Target target, List<String> args, PrintStream out) {
    out.println("== ActivePlatform: provisioning a customer ==");
    if (!target.isSandbox() && !args.contains(ALLOW_WRITES)) {
      out.println("Against the real platform at " + target.activePlatformBaseUrl() + " this tour writes NOTHING"
          + " unless you pass " + ALLOW_WRITES + " (it creates an account, orders and payments paid from"
          + " the balance). Skipped.");
      return false;
    }
    Choices choices;
    try {
      choices = Choices.parse(args, target.isSandbox());
    } catch (IllegalArgumentException e) {
      out.println(e.getMessage() + ". Nothing was written.");
      return false;
    }
    try (ActivePlatformClient ap = ActivePlatformClient.builder()
        .baseUrl(target.activePlatformBaseUrl())
        .apiToken(target.activePlatformToken())
        .build()) {
      new Tour(ap, target.resellerId(), choices, out).run();
    }
    return true;
  }

  /** The steps, sharing the client and what the earlier steps made. */
  private record Tour(ActivePlatformClient ap, long reseller, Choices choices, PrintStream out) {

    void run() {
      Account account = ap.accounts().createAccount(reseller, NewAccount.builder()
          .accountTypeId(choices.accountTypeId()).firstName("Ada").lastName("Lovelace")
          .email("ada.lovelace@example.com").build());
      out.println("createAccount(Ada Lovelace) -> account " + account.id() + " \"" + account.name() + "\"");
      long accountId = Long.parseLong(account.id());

      AsyncTask task = ap.plans().validateOrderAttributes(reseller, String.valueOf(choices.planId()),
          OrderAttributesValidation.builder().accountId(accountId).build());
      AsyncTask done = ap.asyncTasks().awaitAsyncTask(reseller, task.id(), Duration.ofSeconds(30));
      out.println("validateOrderAttributes(plan " + choices.planId() + ") + awaitAsyncTask -> "
          + done.status().raw() + (done.isValid() ? ", valid" : ", not valid: " + done.results()));

      Order sale = ap.orders().createSalesOrder(reseller, SalesOrder.builder().accountId(accountId)
          .planId(choices.planId()).planPeriodId(choices.periodId()).paymentModel(PaymentModel.PREPAY)
          .resource(choices.usersResourceId(), 10).build());
      out.println("createSalesOrder(plan " + choices.planId() + ", 10 seats) -> " + describe(sale));
      pay(sale);
      Subscription subscription;
      try (Stream<Subscription> own = ap.subscriptions().streamSubscriptions(reseller,
          SubscriptionQuery.builder().accountId(account.id()).build())) {
        subscription = own.findFirst().orElseThrow(() -> new IllegalStateException(
            "the sales order made no subscription for account " + account.id()));
      }
      String id = subscription.id();
      subscription = await(id, SubscriptionStatus.ACTIVE);
      out.println("subscription " + id + " -> " + subscription.status().raw() + ", " + seats(id) + " seats; ability: "
          + allowed(subscription.ability()));

      IncludedResource users = usersResource(id);
      Object additional = users.attributes().getOrDefault("additional", users.attributes().get("amount"));
      Order change = ap.orders().createChangeOrder(reseller, ChangeOrder.builder().subscriptionId(Long.parseLong(id))
          .resource(Long.parseLong(users.id()), ((Number) additional).longValue() + 5).build());
      out.println("createChangeOrder(+5 seats) -> " + describe(change));
      pay(change);
      out.println("seats now: " + seats(id));

      ap.subscriptions().stopSubscription(reseller, id, "non-payment", "invoice overdue");
      out.println("stopSubscription -> " + await(id, SubscriptionStatus.STOPPED).status().raw()
          + "; ability: " + allowed(ap.subscriptions().getSubscription(reseller, id).ability()));
      ap.subscriptions().activateSubscription(reseller, id, "paid", "invoice paid");
      out.println("activateSubscription -> " + await(id, SubscriptionStatus.ACTIVE).status().raw());

      Subscription renewal = ap.subscriptions().setAutoRenew(reseller, id, false);
      out.println("setAutoRenew(false) -> autorenew " + renewal.renewalSettings().autorenew());

      Order switched = ap.orders().createSwitchOrder(reseller, SwitchOrder.builder()
          .subscriptionId(Long.parseLong(id)).planId(choices.switchPlanId()).planPeriodId(choices.switchPeriodId())
          .switchType(SwitchType.IMMEDIATE_SWITCH).build());
      out.println("createSwitchOrder(plan " + choices.switchPlanId() + ") -> " + describe(switched));
      pay(switched);
      out.println("subscription " + id + " -> plan " + ap.subscriptions().getSubscription(reseller, id).planId());

      Order waiting = ap.orders().createProlongOrder(reseller, ProlongOrder.builder()
          .subscriptionId(Long.parseLong(id)).build());
      out.println("createProlongOrder -> " + describe(waiting));
      ap.orders().cancelOrder(reseller, waiting.id());
      out.println("cancelOrder(" + waiting.id() + ") -> " + ap.orders().getOrder(reseller, waiting.id()).status().raw());
    }

    private String describe(Order order) {
      return "order " + order.id() + " (" + order.documentId() + ") " + order.status().raw() + ", total "
          + order.total();
    }

    /** Pays the order's payment from the balance, if it waits for one. */
    private void pay(Order order) {
      Object paymentId = order.otherAttributes().get("payment_id");
      if (paymentId == null) {
        return;
      }
      Payment payment = ap.payments().completePaymentFromBalance(reseller, paymentId.toString());
      out.println("  completePaymentFromBalance(" + payment.id() + ") -> " + payment.status().raw() + "; order "
          + ap.orders().getOrder(reseller, order.id()).status().raw());
    }

    /** The subscription once it reached the status (the platform finishes operations later), bounded. */
    private Subscription await(String id, SubscriptionStatus status) {
      long deadline = System.nanoTime() + OPERATION_WAIT.toNanos();
      while (true) {
        Subscription subscription = ap.subscriptions().getSubscription(reseller, id);
        if (subscription.status() != null && subscription.status().value() == status
            || System.nanoTime() > deadline) {
          return subscription;
        }
        try {
          Thread.sleep(2_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return subscription;
        }
      }
    }

    private IncludedResource usersResource(String id) {
      List<IncludedResource> resources = ap.subscriptions().getSubscription(reseller, id, "subscription_resources")
          .subscriptionResources();
      return resources.stream()
          .filter(r -> String.valueOf(choices.usersResourceId()).equals(String.valueOf(r.attributes()
              .get("plan_resource_id"))))
          .findFirst().orElseGet(() -> resources.get(0));
    }

    private Object seats(String id) {
      return usersResource(id).attributes().get("amount");
    }

    /** The operations the subscription's ability allows. */
    private static List<String> allowed(SubscriptionAbility ability) {
      Map<String, Boolean> flags = new LinkedHashMap<>();
      flags.put("stop", ability.stop());
      flags.put("activate", ability.activate());
      flags.put("destroy", ability.destroy());
      flags.put("adjust", ability.adjust());
      flags.put("switch_plan", ability.switchPlan());
      flags.put("renew", ability.renew());
      flags.put("prolong", ability.prolong());
      flags.put("change_auto_renew_option", ability.changeAutoRenewOption());
      return flags.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).toList();
    }
  }
}
