package dev.apiclients.sandbox;

import java.time.Clock;
import java.util.List;
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
 *
 * <h2>Writes</h2>
 * The documented v3 writes below {@code /api/v3/resellers/1/} change the state the reads show:
 * {@code POST accounts}, {@code PATCH accounts/{id}}, {@code POST managers}, {@code PATCH
 * managers/{id}} ({@code status: inactive} blocks), {@code PATCH subscriptions/{id}} (auto-renew),
 * {@code POST subscriptions/{id}/stop_operation|activate_operation|delete_operation} (200, empty),
 * {@code POST sales_order|change_order|prolong_order|renewal_order|switch_order} (201 with the
 * order), {@code POST orders/{id}/cancel_operation} (200, empty), {@code POST
 * plans/{id}/order_attributes_validation} and {@code GET async_tasks/{id}}, {@code POST payments}
 * (201), {@code PATCH payments/{id}} ({@code status: paid_from_balance}) and {@code GET
 * payments[/{id}]}. Bodies are {@code {"data":{"attributes":{...}}}}, nested lists wrapped ({@code
 * "resources": {"data": [...]}}). A sales order creates its subscription ({@code ordered}) and its
 * order ({@code waiting_for_payment}, with a payment of its total); completing the payment from
 * balance completes the order and activates the subscription. Change, prolong, renewal and switch
 * orders change the resources, expiry, period or plan once paid. Stop, activate and delete move
 * the status and the {@code ability} flags; an operation outside {@code ability} answers 403
 * "This action is forbidden". The documented 422s the sandbox can know answer 422 with the
 * documents' text in {@code errors[].detail}: an unchanged quantity, the same auto-renew value, a
 * plan that is not switchable, a period or resource not in the plan, a downgrade not allowed, a
 * payment that cannot be paid from balance. Writes are recorded ({@link #writes()}) and the fault
 * switches apply to them as to reads.
 *
 * <h2>Choices where the documents are silent</h2>
 * <ul>
 *   <li>Creates answer 201 and updates 200 with the resource; a missing or malformed attribute
 *       answers 422 naming it in {@code source.pointer}; a body that is not that envelope 400, a
 *       body that is not JSON (:API) 415; an id in the path that does not exist 404, one in the
 *       body 422. The platform's error body is not documented: these are JSON:API {@code errors[]}.
 *   <li>Plans sell what {@link ActivePlatformCatalog} lists, shown on each plan as {@code
 *       plan_periods} and {@code plan_resources}: plan {@code p} has periods {@code p*10+1}
 *       (month) and {@code p*10+2} (year), resources {@code p*100+1} (Users) and {@code p*100+2}
 *       (Storage, GB). Subscriptions show {@code plan_period_id}, {@code renewal_settings} and
 *       {@code ability}; their resources {@code plan_resource_id}, {@code included}, {@code
 *       additional} and {@code amount}.
 *   <li>{@code ability} follows the status: active subscriptions may do everything but activate;
 *       graced ones stop, delete, renew, prolong; stopped ones activate or delete; others nothing.
 *   <li>An order of a postpaid subscription, or with nothing to pay, completes at once; a prepaid
 *       one waits for its payment. Balances are not modelled: paying from balance always succeeds
 *       for a payment of an order that waits for payment; a top-up payment cannot be paid so. A
 *       delayed switch is done like an immediate one. Operations finish at once ({@code stopped},
 *       {@code active}, {@code deleted}; stopping cancels waiting prolong and renewal orders, as
 *       documented; deleting cancels every waiting order). Cancelling needs an order waiting for
 *       payment (else 422); a cancelled sales order's subscription becomes {@code deleted}.
 *   <li>Orders made here carry the documents' {@code attributes.type} ({@code SalesOrder}, ...) and
 *       answer with {@code sales_orders}, {@code change_orders}, ... as the resource type;
 *       listings show them as {@code orders}, and {@code filter[type]} matches either spelling.
 *   <li>Account types are 1 (business) and 2 (individual); a new account's name is its {@code
 *       primary_name}, else the contact's name. Manager e-mails are unique; the password is
 *       required and never shown.
 *   <li>Validation accepts any attributes flat in {@code attributes}; its task completes on the
 *       {@link #asyncTaskPolls(int) n-th} poll (pending, then running), valid unless {@code
 *       customer_domain} is not a domain label; {@link #failAsyncTasks(String)} makes it fail. A
 *       sales order may name it as {@code async_task_id} (the documents do not show the name):
 *       then it must be a completed, valid task of that plan and account, else 422. No plan
 *       requires it.
 *       Payments write {@code +0300} timestamps and money as strings, as documented.
 * </ul>
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

  /**
   * The writes ({@code POST}, {@code PATCH}) this API received since the sandbox started or was
   * last reset, in order, refused and faulted ones included, each with its body.
   *
   * @return an unmodifiable list
   */
  public List<RecordedRequest> writes() {
    return requests().stream().filter(RecordedRequest::isWrite).toList();
  }

  /**
   * On which poll ({@code GET async_tasks/{id}}) an order-attribute validation completes: the
   * polls before show {@code pending}, then {@code running}. Default 2; back to it on reset.
   *
   * @param polls 1 or more
   * @throws IllegalArgumentException when polls is less than 1
   */
  public synchronized void asyncTaskPolls(int polls) {
    if (polls < 1) {
      throw new IllegalArgumentException("polls must be at least 1, was " + polls);
    }
    resources.writes().asyncTaskPolls(polls);
  }

  /**
   * Makes the validations that complete from now on end {@code failed} with this {@code
   * failure_message}, as when the platform fails; null turns it off (the default).
   *
   * @param failureMessage the message, or null
   */
  public synchronized void failAsyncTasks(String failureMessage) {
    resources.writes().asyncTaskFailure(failureMessage);
  }

  /** The clock the writes' timestamps read (for tests); the system clock by default and after reset. */
  synchronized void clock(Clock clock) {
    resources.writes().clock(Objects.requireNonNull(clock, "clock"));
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
