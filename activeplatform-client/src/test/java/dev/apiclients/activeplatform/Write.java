package dev.apiclients.activeplatform;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * One public write operation for the parameterized tests: the method and path it must send
 * (reseller 1), the exact body ({@code null} for none), the success the platform gives, how to
 * call it, the ability flag a 403 must name, and a piece of what the message says to check after an
 * unknown outcome.
 */
record Write(String name, String method, String path, String body, int status, String response,
    Function<ActivePlatformClient, Object> call, String abilityFlag, String howToCheck) {

  static final String ROOT = "/api/v3/resellers/1/";

  static final String ACCOUNT = "{\"data\":{\"id\":\"710\",\"type\":\"accounts\",\"attributes\":{"
      + "\"created_at\":\"2021-03-06T03:05:29.717+03:00\",\"first_name\":\"Ada\",\"last_name\":\"Lovelace\","
      + "\"email\":\"ada@example.com\",\"account_type_id\":2}}}";
  static final String MANAGER = "{\"data\":{\"id\":\"403\",\"type\":\"managers\",\"attributes\":{"
      + "\"name\":\"Grace\",\"email\":\"grace@example.com\",\"status\":\"inactive\"}}}";
  /** The PATCH response of {@code R/update-subscription}, cut where the documents cut it. */
  static final String SUBSCRIPTION = "{\"data\":{\"id\":\"3007381\",\"type\":\"subscriptions\",\"attributes\":{"
      + "\"created_at\":\"2021-03-06T03:05:29.717+03:00\",\"updated_at\":\"2021-03-06T04:44:10.185+03:00\","
      + "\"plan_id\":5,\"account_id\":710,\"name\":\"Auto provisioning with resources\",\"trial\":false,"
      + "\"status\":\"active\",\"start_date\":\"2021-03-06\",\"expiration_date\":\"2021-04-06\",\"plan_period_id\":4,"
      + "\"promo_code\":\"\",\"payment_model\":\"postpay\",\"payment_model_parameters\":{\"credit_limit\":5000.0,"
      + "\"current_debt\":123.89},\"renewal_settings\":{\"autorenew\":false,\"disable_autorenew\":false,"
      + "\"autorenew_point\":0,\"manual_renew_point\":-1},\"fixed_price\":false,\"ability\":{\"stop\":true,"
      + "\"activate\":false,\"destroy\":true,\"adjust\":true,\"switch_plan\":false,\"renew\":true,"
      + "\"change_auto_renew_option\":true,\"prolong\":false,\"change_resources_renewal_order\":false,"
      + "\"decrease_resources_change_order\":true,\"decrease_resources_prolong_order\":true},\"custom_price\":false}}}";
  /** The prolong order example of {@code R/create-prolong-order}. */
  static final String ORDER = "{\"data\":{\"id\":\"16106\",\"type\":\"prolong_orders\",\"attributes\":{"
      + "\"created_at\":\"2021-12-27T01:23:02.982+03:00\",\"updated_at\":\"2021-12-27T01:23:03.128+03:00\","
      + "\"document_id\":\"PO0000818\",\"status\":\"waiting_for_payment\",\"account_id\":1405,\"type\":\"ProlongOrder\","
      + "\"closed_at\":null,\"expiration_date\":\"2022-02-01\",\"provisioning_date\":null,\"total\":\"500.0\","
      + "\"promo_code\":null,\"payment_id\":11373,\"manager_id\":343,\"requester_ip\":null,\"custom_price\":false,"
      + "\"created_by\":\"#343 A\"}}}";
  /** The create-payment example of {@code R/create-payment}. */
  static final String PAYMENT = "{\"data\":{\"id\":\"2162\",\"type\":\"payments\",\"attributes\":{"
      + "\"created_at\":\"2025-07-28T10:44:11.723416+0300\",\"updated_at\":\"2025-07-28T10:44:11.723416+0300\","
      + "\"account_id\":463,\"discount_amount\":\"0.0\",\"total\":\"199.99\",\"amount_paid_from_balance\":null,"
      + "\"initial_total\":\"199.99\",\"currency_code\":\"USD\",\"comment\":\"top-up payment\","
      + "\"status\":\"waiting_for_payment\",\"document_id\":\"002018\",\"expiration_date\":null,"
      + "\"payment_method_id\":null,\"requester_ip\":null,\"manager_id\":null,\"purpose\":\"prepay payment\","
      + "\"external_total\":null,\"external_currency\":null,\"due_date\":null,\"payment_method_name\":null,"
      + "\"closed_at\":null},\"relationships\":{\"orders\":{\"data\":[]},\"invoices\":{\"data\":[]},"
      + "\"charges\":{\"data\":[]},\"corrections\":{\"data\":[]},\"reseller\":{\"data\":{\"id\":\"1\","
      + "\"type\":\"resellers\"}},\"account\":{\"data\":{\"id\":\"463\",\"type\":\"accounts\"}},"
      + "\"payment_method\":{\"data\":null}}}}";
  static final String TASK_ID = "9b68427b-52d5-4c01-9b77-eb1b70517414";

  static String task(String status) {
    return "{\"data\":{\"id\":\"" + TASK_ID + "\",\"type\":\"async_tasks\",\"attributes\":{\"status\":\"" + status
        + "\",\"failure_message\":\"\",\"results\":{\"valid\":true,\"errors\":[{}],\"application_attributes\":{}}}}}";
  }

  @Override
  public String toString() {
    return name;
  }

  static List<Write> all() {
    return List.of(
        new Write("createAccount", "POST", ROOT + "accounts",
            "{\"data\":{\"attributes\":{\"account_type_id\":2,\"first_name\":\"Ada\",\"last_name\":\"Lovelace\","
                + "\"email\":\"ada@example.com\"}}}", 201, ACCOUNT,
            ap -> ap.accounts().createAccount(1, NewAccount.builder().accountTypeId(2).firstName("Ada")
                .lastName("Lovelace").email("ada@example.com").build()), null, "AccountQuery.builder().email(<the account's e-mail>)"),
        new Write("updateAccount", "PATCH", ROOT + "accounts/710",
            "{\"data\":{\"attributes\":{\"account_type_id\":2,\"email\":\"ada@example.org\",\"manager_id\":343}}}", 200, ACCOUNT,
            ap -> ap.accounts().updateAccount(1, "710", AccountUpdate.builder().accountTypeId(2)
                .email("ada@example.org").managerId(343).build()), null, "accounts().getAccount(1, \"710\")"),
        new Write("createManager", "POST", ROOT + "managers",
            "{\"data\":{\"attributes\":{\"name\":\"Grace\",\"email\":\"grace@example.com\",\"password\":\"s3cret-Pass\","
                + "\"manager_role_id\":7,\"custom_attributes\":{\"data\":[{\"key\":\"dept\",\"value\":\"sales\"}]}}}}",
            201, MANAGER,
            ap -> ap.managers().createManager(1, NewManager.builder().name("Grace").email("grace@example.com")
                .password("s3cret-Pass").managerRoleId(7).customAttribute("dept", "sales").build()), null,
            "managers().getManagers(1)"),
        new Write("updateManager", "PATCH", ROOT + "managers/403",
            "{\"data\":{\"attributes\":{\"name\":\"Grace H\",\"phone\":\"+15551234567\"}}}", 200, MANAGER,
            ap -> ap.managers().updateManager(1, "403", ManagerUpdate.builder().name("Grace H")
                .phone("+15551234567").build()), null, "managers().getManager(1, \"403\")"),
        new Write("blockManager", "PATCH", ROOT + "managers/403",
            "{\"data\":{\"attributes\":{\"status\":\"inactive\"}}}", 200, MANAGER,
            ap -> ap.managers().blockManager(1, "403"), null, "managers().getManager(1, \"403\")"),
        new Write("setAutoRenew", "PATCH", ROOT + "subscriptions/3007381",
            "{\"data\":{\"attributes\":{\"autorenew\":false}}}", 200, SUBSCRIPTION,
            ap -> ap.subscriptions().setAutoRenew(1, "3007381", false), "change_auto_renew_option",
            "renewalSettings().autorenew()"),
        new Write("stopSubscription", "POST", ROOT + "subscriptions/3007381/stop_operation",
            "{\"data\":{\"attributes\":{\"reason\":\"non-payment\",\"comment\":\"invoice 42 overdue\"}}}", 200, "",
            ap -> run(() -> ap.subscriptions().stopSubscription(1, "3007381", "non-payment", "invoice 42 overdue")),
            "stop", "status stopping or stopped"),
        new Write("activateSubscription", "POST", ROOT + "subscriptions/3007381/activate_operation",
            "{\"data\":{\"attributes\":{\"reason\":\"paid\",\"comment\":\"invoice 42 paid\"}}}", 200, "",
            ap -> run(() -> ap.subscriptions().activateSubscription(1, "3007381", "paid", "invoice 42 paid")),
            "activate", "status activating or active"),
        new Write("deleteSubscription", "POST", ROOT + "subscriptions/3007381/delete_operation", null, 200, "",
            ap -> run(() -> ap.subscriptions().deleteSubscription(1, "3007381")), "destroy", "deleting or deleted"),
        new Write("createSalesOrder", "POST", ROOT + "sales_order",
            "{\"data\":{\"attributes\":{\"account_id\":710,\"plan_id\":5,\"plan_period_id\":4,\"payment_model\":\"prepay\","
                + "\"resources\":{\"data\":[{\"plan_resource_id\":4340,\"quantity\":5}]}}}}", 201, ORDER,
            ap -> ap.orders().createSalesOrder(1, SalesOrder.builder().accountId(710).planId(5).planPeriodId(4)
                .paymentModel(PaymentModel.PREPAY).resource(4340, 5).build()), null, "new sales order for account 710"),
        new Write("createChangeOrder", "POST", ROOT + "change_order",
            "{\"data\":{\"attributes\":{\"subscription_id\":3008945,\"resources\":{\"data\":[{\"resource_id\":123,"
                + "\"additional\":5}]},\"promo_code\":\"\"}}}", 201, ORDER,
            ap -> ap.orders().createChangeOrder(1, ChangeOrder.builder().subscriptionId(3008945).resource(123, 5)
                .promoCode("").build()), "adjust", "new change order for subscription 3008945"),
        // The complete request example of R/create-prolong-order.
        new Write("createProlongOrder", "POST", ROOT + "prolong_order",
            "{\"data\":{\"attributes\":{\"subscription_id\":3008945,\"resources\":{\"data\":[{\"plan_resource_id\":4340,"
                + "\"quantity\":5}]},\"promo_code\":\"\"}}}", 201, ORDER,
            ap -> ap.orders().createProlongOrder(1, ProlongOrder.builder().subscriptionId(3008945).resource(4340, 5)
                .promoCode("").build()), "prolong", "new prolong order for subscription 3008945"),
        new Write("createRenewalOrder", "POST", ROOT + "renewal_order",
            "{\"data\":{\"attributes\":{\"subscription_id\":3008945,\"plan_period_id\":4,\"resources\":{\"data\":["
                + "{\"plan_resource_id\":4340,\"quantity\":5}]}}}}", 201, ORDER,
            ap -> ap.orders().createRenewalOrder(1, RenewalOrder.builder().subscriptionId(3008945).planPeriodId(4)
                .resource(4340, 5).build()), "renew", "new renewal order for subscription 3008945"),
        new Write("createSwitchOrder", "POST", ROOT + "switch_order",
            "{\"data\":{\"attributes\":{\"subscription_id\":3008945,\"plan_id\":6,\"plan_period_id\":9,"
                + "\"switch_type\":\"immediate_switch\"}}}", 201, ORDER,
            ap -> ap.orders().createSwitchOrder(1, SwitchOrder.builder().subscriptionId(3008945).planId(6)
                .planPeriodId(9).switchType(SwitchType.IMMEDIATE_SWITCH).build()), "switch_plan",
            "new switch order for subscription 3008945"),
        new Write("cancelOrder", "POST", ROOT + "orders/16106/cancel_operation", null, 200, "",
            ap -> run(() -> ap.orders().cancelOrder(1, "16106")), null, "orders().getOrder(1, \"16106\")"),
        new Write("validateOrderAttributes", "POST", ROOT + "plans/5/order_attributes_validation",
            "{\"data\":{\"attributes\":{\"account_id\":710,\"microsoft_customer_agreement\":1,\"is_new_domain\":1,"
                + "\"customer_domain\":\"adacorp\"}}}", 201, task("pending"),
            ap -> ap.plans().validateOrderAttributes(1, "5", OrderAttributesValidation.builder().accountId(710)
                .microsoftCustomerAgreement(true).isNewDomain(true).customerDomain("adacorp").build()), null,
            "orders nothing"),
        new Write("createPayment", "POST", ROOT + "payments",
            "{\"data\":{\"attributes\":{\"account_id\":463,\"total\":199.99,\"comment\":\"top-up payment\","
                + "\"purpose\":\"prepay payment\"}}}", 201, PAYMENT,
            ap -> ap.payments().createPayment(1, NewPayment.builder().accountId(463).total(new BigDecimal("199.99"))
                .comment("top-up payment").purpose("prepay payment").build()), null, "payment of account 463"),
        new Write("completePaymentFromBalance", "PATCH", ROOT + "payments/2162",
            "{\"data\":{\"attributes\":{\"status\":\"paid_from_balance\"}}}", 200, PAYMENT,
            ap -> ap.payments().completePaymentFromBalance(1, "2162"), null,
            "payments().getPayment(1, \"2162\")"));
  }

  private static Object run(Runnable call) {
    call.run();
    return null;
  }
}
