package dev.apiclients.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apiclients.activeplatform.Account;
import dev.apiclients.activeplatform.ActivePlatformClient;
import dev.apiclients.activeplatform.AsyncTask;
import dev.apiclients.activeplatform.AsyncTaskException;
import dev.apiclients.activeplatform.ChangeOrder;
import dev.apiclients.activeplatform.IncludedResource;
import dev.apiclients.activeplatform.Manager;
import dev.apiclients.activeplatform.ManagerStatus;
import dev.apiclients.activeplatform.NewAccount;
import dev.apiclients.activeplatform.NewManager;
import dev.apiclients.activeplatform.NewPayment;
import dev.apiclients.activeplatform.Order;
import dev.apiclients.activeplatform.OrderAttributesValidation;
import dev.apiclients.activeplatform.OrderStatus;
import dev.apiclients.activeplatform.Payment;
import dev.apiclients.activeplatform.PaymentModel;
import dev.apiclients.activeplatform.PaymentStatus;
import dev.apiclients.activeplatform.ProlongOrder;
import dev.apiclients.activeplatform.SalesOrder;
import dev.apiclients.activeplatform.Subscription;
import dev.apiclients.activeplatform.SubscriptionStatus;
import dev.apiclients.activeplatform.SwitchOrder;
import dev.apiclients.activeplatform.SwitchType;
import dev.apiclients.http.ApiConnectionException;
import dev.apiclients.http.ApiError;
import dev.apiclients.http.ForbiddenException;
import dev.apiclients.http.UnprocessableEntityException;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real ActivePlatform client's writes against the sandbox: the SDK drives the state machine. */
@ExtendWith(ActivePlatformSandboxExtension.class)
class ActivePlatformProvisioningTest {

  private static final long R = Sandbox.ACTIVEPLATFORM_RESELLER_ID;

  private static Order pay(ActivePlatformClient ap, Order order) {
    Payment paid = ap.payments().completePaymentFromBalance(R, String.valueOf(order.otherAttributes().get("payment_id")));
    assertThat(paid.status().value()).isEqualTo(PaymentStatus.PAID_FROM_BALANCE);
    return ap.orders().getOrder(R, order.id());
  }

  private static long users(ActivePlatformClient ap, String subscription) {
    IncludedResource users = ap.subscriptions().getSubscription(R, subscription, "subscription_resources")
        .subscriptionResources().stream().filter(r -> "Users".equals(r.attributes().get("name"))).findFirst()
        .orElseThrow();
    return ((Number) users.attributes().get("amount")).longValue();
  }

  @Test
  void aNewCustomerIsProvisionedPaidGrownSuspendedResumedAndSwitched(ActivePlatformClient ap) {
    Account account = ap.accounts().createAccount(R, NewAccount.builder().accountTypeId(2).firstName("Ada")
        .lastName("Lovelace").email("ada@example.com").build());
    Order sale = ap.orders().createSalesOrder(R, SalesOrder.builder().accountId(Long.parseLong(account.id()))
        .planId(1200).planPeriodId(12001).paymentModel(PaymentModel.PREPAY).resource(120001, 10).build());
    assertThat(sale.status().value()).isEqualTo(OrderStatus.WAITING_FOR_PAYMENT);
    assertThat(sale.total()).isEqualByComparingTo("1500");
    String id = String.valueOf(sale.otherAttributes().get("subscription_id"));
    assertThat(ap.subscriptions().getSubscription(R, id).status().value()).isEqualTo(SubscriptionStatus.ORDERED);

    assertThat(pay(ap, sale).status().value()).isEqualTo(OrderStatus.COMPLETED);
    Subscription active = ap.subscriptions().getSubscription(R, id, "subscription_resources");
    assertThat(active.status().value()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(active.ability().stop()).isTrue();
    assertThat(active.ability().activate()).isFalse();

    IncludedResource seats = active.subscriptionResources().get(0);
    long additional = ((Number) seats.attributes().get("additional")).longValue();
    pay(ap, ap.orders().createChangeOrder(R, ChangeOrder.builder().subscriptionId(Long.parseLong(id))
        .resource(Long.parseLong(seats.id()), additional + 5).build()));
    assertThat(users(ap, id)).isEqualTo(15);

    ap.subscriptions().stopSubscription(R, id, "non-payment", "invoice 42 overdue");
    assertThat(ap.subscriptions().getSubscription(R, id).status().value()).isEqualTo(SubscriptionStatus.STOPPED);
    assertThatThrownBy(() -> ap.subscriptions().stopSubscription(R, id, "again", "again"))
        .isInstanceOf(ForbiddenException.class).hasMessageContaining("stop");
    ap.subscriptions().activateSubscription(R, id, "paid", "invoice 42 paid");

    assertThat(ap.subscriptions().setAutoRenew(R, id, false).renewalSettings().autorenew()).isFalse();
    assertThat(ap.subscriptions().setAutoRenew(R, id, false).renewalSettings().autorenew()).isFalse();

    SwitchOrder.Builder toPlan = SwitchOrder.builder().subscriptionId(Long.parseLong(id))
        .switchType(SwitchType.IMMEDIATE_SWITCH);
    assertThatThrownBy(() -> ap.orders().createSwitchOrder(R, toPlan.planId(1204).planPeriodId(12041).build()))
        .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> assertThat(e.errors())
            .extracting(ApiError::detail).containsExactly("Can not switch to plan with id 1204"));
    pay(ap, ap.orders().createSwitchOrder(R, toPlan.planId(1201).planPeriodId(12012).build()));
    assertThat(ap.subscriptions().getSubscription(R, id).planId()).isEqualTo(1201);

    Order waiting = ap.orders().createProlongOrder(R, ProlongOrder.builder().subscriptionId(Long.parseLong(id))
        .build());
    ap.orders().cancelOrder(R, waiting.id());
    assertThat(ap.orders().getOrder(R, waiting.id()).status().value()).isEqualTo(OrderStatus.CANCELLED);
  }

  @Test
  void validationIsAwaitedToItsEndAndAFailedTaskIsAClearException(ActivePlatformClient ap, Sandbox sandbox) {
    sandbox.activePlatform().asyncTaskPolls(1);
    OrderAttributesValidation attributes = OrderAttributesValidation.builder().accountId(523)
        .customerDomain("adacorp").build();
    AsyncTask task = ap.plans().validateOrderAttributes(R, "1201", attributes);
    assertThat(ap.asyncTasks().awaitAsyncTask(R, task.id(), Duration.ofSeconds(5)).isValid()).isTrue();
    Order sale = ap.orders().createSalesOrder(R, SalesOrder.builder().accountId(523).planId(1201).planPeriodId(12011)
        .paymentModel(PaymentModel.POSTPAY).attribute("async_task_id", task.id()).build());
    assertThat(sale.status().value()).isEqualTo(OrderStatus.COMPLETED);

    sandbox.activePlatform().failAsyncTasks("Vendor unavailable");
    AsyncTask failing = ap.plans().validateOrderAttributes(R, "1201", attributes);
    assertThatThrownBy(() -> ap.asyncTasks().awaitAsyncTask(R, failing.id(), Duration.ofSeconds(5)))
        .isInstanceOfSatisfying(AsyncTaskException.class,
            e -> assertThat(e.reason()).isEqualTo(AsyncTaskException.Reason.FAILED))
        .hasMessageContaining("Vendor unavailable");
  }

  @Test
  void aManagerWhoLeftIsBlockedAndATopUpCannotBePaidFromBalance(ActivePlatformClient ap) {
    Manager grace = ap.managers().createManager(R, NewManager.builder().name("Grace Hopper")
        .email("grace@example.com").password("s3cret-pass").managerRoleId(2).build());
    assertThat(ap.managers().blockManager(R, grace.id()).status()).isEqualTo(ManagerStatus.INACTIVE);
    assertThat(ap.managers().getManager(R, grace.id()).status()).isEqualTo(ManagerStatus.INACTIVE);

    Payment topUp = ap.payments().createPayment(R, NewPayment.builder().accountId(523)
        .total(new BigDecimal("199.99")).comment("top-up payment").build());
    assertThat(ap.payments().getPayment(R, topUp.id()).total()).isEqualByComparingTo("199.99");
    assertThat(topUp.createdAt()).isNotNull();
    assertThatThrownBy(() -> ap.payments().completePaymentFromBalance(R, topUp.id()))
        .isInstanceOf(UnprocessableEntityException.class);
  }

  @Test
  void aWriteIsNeverSentTwiceAfterAResetButIsAfterA429(Sandbox sandbox) {
    try (ActivePlatformClient ap = ActivePlatformClient.builder().baseUrl(sandbox.activePlatformBaseUrl())
        .apiToken(Sandbox.ACTIVEPLATFORM_API_TOKEN).sleeper(duration -> { }).build()) {
      NewAccount ada = NewAccount.builder().accountTypeId(2).firstName("Ada").lastName("Lovelace")
          .email("ada@example.com").build();
      int before = sandbox.activePlatform().accountCount();
      sandbox.activePlatform().resetNthRequest(1);
      assertThatThrownBy(() -> ap.accounts().createAccount(R, ada))
          .isInstanceOfSatisfying(ApiConnectionException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
      sandbox.activePlatform().failNthRequest(1, 429);
      ap.accounts().createAccount(R, ada);

      assertThat(sandbox.activePlatform().writes()).extracting(RecordedRequest::status).containsExactly(0, 429, 201);
      assertThat(sandbox.activePlatform().accountCount()).isEqualTo(before + 1);
    }
  }
}
