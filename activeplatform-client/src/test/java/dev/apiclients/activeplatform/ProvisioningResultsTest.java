package dev.apiclients.activeplatform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.ForbiddenException;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.http.UnprocessableEntityException;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.Stubs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the writes return, decoded from the documents' examples, and the auto-renew rule. */
class ProvisioningResultsTest {

  private static final String ROOT = "/api/v3/resellers/1/";

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final FakeTime time = new FakeTime();
  private final ActivePlatformClient ap = ActivePlatformClient.builder().baseUrl(server.baseUrl()).apiToken("t-1")
      .retryPolicy(RetryPolicy.none()).clock(time).sleeper(time).build();

  private static ResponseDefinitionBuilder jsonApi(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/vnd.api+json").withBody(body);
  }

  @Test
  void aPaymentReadsMoneyAsDecimalsAndOffsetsWithoutAColon() {
    server.stubFor(post(urlEqualTo(ROOT + "payments")).willReturn(jsonApi(201, Write.PAYMENT)));

    Payment payment = ap.payments().createPayment(1, NewPayment.builder().accountId(463)
        .total(new BigDecimal("199.99")).comment("top-up payment").build());

    assertThat(payment.id()).isEqualTo("2162");
    assertThat(payment.createdAt()).isEqualTo(
        OffsetDateTime.of(2025, 7, 28, 10, 44, 11, 723_416_000, ZoneOffset.ofHours(3)));
    assertThat(payment.total()).isEqualByComparingTo("199.99");
    assertThat(payment.discountAmount()).isEqualByComparingTo("0");
    assertThat(payment.initialTotal()).isEqualTo(new BigDecimal("199.99"));
    assertThat(payment.amountPaidFromBalance()).isNull();
    assertThat(payment.status().value()).isEqualTo(PaymentStatus.WAITING_FOR_PAYMENT);
    assertThat(payment.currencyCode()).isEqualTo("USD");
    assertThat(payment.accountId()).isEqualTo(463L);
    assertThat(payment.purpose()).isEqualTo("prepay payment");
    assertThat(payment.closedAt()).isNull();
  }

  @Test
  void aCompletedPaymentAndAGetPayment() {
    String paid = Write.PAYMENT.replace("\"waiting_for_payment\"", "\"paid_from_balance\"")
        .replace("\"closed_at\":null", "\"closed_at\":\"2025-07-28T10:50:00.000001+0300\"");
    server.stubFor(patch(urlEqualTo(ROOT + "payments/2162")).willReturn(jsonApi(200, paid)));
    server.stubFor(get(urlEqualTo(ROOT + "payments/2162")).willReturn(jsonApi(200, paid)));

    Payment completed = ap.payments().completePaymentFromBalance(1, "2162");

    assertThat(completed.status().value()).isEqualTo(PaymentStatus.PAID_FROM_BALANCE);
    assertThat(completed.closedAt()).isEqualTo(OffsetDateTime.of(2025, 7, 28, 10, 50, 0, 1_000, ZoneOffset.ofHours(3)));
    assertThat(ap.payments().getPayment(1, "2162")).isEqualTo(completed);
  }

  @Test
  void anOrderComesBackAsTheProlongExampleShowsIt() {
    server.stubFor(post(urlEqualTo(ROOT + "prolong_order")).willReturn(jsonApi(201, Write.ORDER)));

    Order order = ap.orders().createProlongOrder(1, ProlongOrder.builder().subscriptionId(3008945).build());

    assertThat(order.id()).isEqualTo("16106");
    assertThat(order.documentId()).isEqualTo("PO0000818");
    assertThat(order.status().value()).isEqualTo(OrderStatus.WAITING_FOR_PAYMENT);
    assertThat(order.total()).isEqualByComparingTo("500.0");
    assertThat(order.expirationDate()).isEqualTo(LocalDate.of(2022, 2, 1));
    assertThat(order.otherAttributes()).containsEntry("payment_id", 11373L);
  }

  @Test
  void aSubscriptionCarriesItsAbilityAndRenewalSettings() {
    server.stubFor(patch(urlEqualTo(ROOT + "subscriptions/3007381")).willReturn(jsonApi(200, Write.SUBSCRIPTION)));

    Subscription subscription = ap.subscriptions().setAutoRenew(1, "3007381", false);

    SubscriptionAbility ability = subscription.ability();
    assertThat(ability.stop()).isTrue();
    assertThat(ability.activate()).isFalse();
    assertThat(ability.destroy()).isTrue();
    assertThat(ability.adjust()).isTrue();
    assertThat(ability.switchPlan()).isFalse();
    assertThat(ability.renew()).isTrue();
    assertThat(ability.prolong()).isFalse();
    assertThat(ability.changeAutoRenewOption()).isTrue();
    assertThat(ability.changeResourcesRenewalOrder()).isFalse();
    assertThat(ability.decreaseResourcesChangeOrder()).isTrue();
    assertThat(ability.decreaseResourcesProlongOrder()).isTrue();
    assertThat(ability.otherAttributes()).isEmpty();
    assertThat(subscription.renewalSettings())
        .isEqualTo(new RenewalSettings(false, false, 0L, -1L, Map.of()));
  }

  @Test
  void anAbsentOrStrangeAbilityNeverThrowsAndKeepsUnknownKeys() {
    assertThat(SubscriptionAbility.of(null).stop()).isNull();
    assertThat(SubscriptionAbility.of("yes").otherAttributes()).isEmpty();
    SubscriptionAbility odd = SubscriptionAbility.of(Map.of("stop", "true", "activate", 1L, "transfer", true));
    assertThat(odd.stop()).isTrue();
    assertThat(odd.activate()).isNull();
    assertThat(odd.otherAttributes()).containsOnly(Map.entry("activate", 1L), Map.entry("transfer", true));
    assertThat(RenewalSettings.of(Map.of("autorenew", "soon")).autorenew()).isNull();
    assertThat(RenewalSettings.of(Map.of("autorenew", "soon")).otherAttributes()).containsKey("autorenew");
  }

  @Test
  void setAutoRenewToTheValueAlreadySetReturnsTheSubscription() {
    server.stubFor(patch(urlEqualTo(ROOT + "subscriptions/3007381")).willReturn(aResponse().withStatus(422)
        .withBody("You are trying to change the current Auto-renew value to the same value")));
    server.stubFor(get(urlEqualTo(ROOT + "subscriptions/3007381")).willReturn(jsonApi(200, Write.SUBSCRIPTION)));

    Subscription subscription = ap.subscriptions().setAutoRenew(1, "3007381", false);

    assertThat(subscription.renewalSettings().autorenew()).isFalse();
    server.verify(1, getRequestedFor(urlEqualTo(ROOT + "subscriptions/3007381")));
    server.verify(2, anyRequestedFor(anyUrl()));
  }

  @Test
  void setAutoRenewRethrowsA422WhenTheValueIsNotAlreadySet() {
    server.stubFor(patch(urlEqualTo(ROOT + "subscriptions/3007381")).willReturn(aResponse().withStatus(422)
        .withBody("Can not change auto-renew option for the Subscription with status stopped")));
    server.stubFor(get(urlEqualTo(ROOT + "subscriptions/3007381")).willReturn(jsonApi(200, Write.SUBSCRIPTION)));

    assertThatThrownBy(() -> ap.subscriptions().setAutoRenew(1, "3007381", true))
        .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> assertThat(e.errors()).singleElement()
            .satisfies(error -> assertThat(error.detail()).startsWith("Can not change auto-renew")));
    server.verify(2, anyRequestedFor(anyUrl()));
  }

  @Test
  void setAutoRenewKeepsThe422WhenTheReadAfterItFails() {
    server.stubFor(patch(urlEqualTo(ROOT + "subscriptions/3007381")).willReturn(aResponse().withStatus(422)
        .withBody("You are trying to change the current Auto-renew value to the same value")));
    server.stubFor(get(urlEqualTo(ROOT + "subscriptions/3007381")).willReturn(aResponse().withStatus(404)));

    assertThatThrownBy(() -> ap.subscriptions().setAutoRenew(1, "3007381", false))
        .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> assertThat(e.getSuppressed())
            .singleElement().isInstanceOf(dev.apiclients.http.NotFoundException.class));
  }

  @Test
  void setAutoRenewSendsNothingMoreAfterA403() {
    server.stubFor(patch(urlEqualTo(ROOT + "subscriptions/3007381")).willReturn(aResponse().withStatus(403)
        .withBody("This action is forbidden")));

    assertThatThrownBy(() -> ap.subscriptions().setAutoRenew(1, "3007381", true))
        .isInstanceOf(ForbiddenException.class).hasMessageContaining("change_auto_renew_option");
    server.verify(1, anyRequestedFor(anyUrl()));
  }

  @Test
  void accountsAndManagersComeBackDecoded() {
    server.stubFor(post(urlEqualTo(ROOT + "accounts")).willReturn(jsonApi(201, Write.ACCOUNT)));
    server.stubFor(patch(urlEqualTo(ROOT + "managers/403")).willReturn(jsonApi(200, Write.MANAGER)));

    Account account = ap.accounts().createAccount(1, NewAccount.builder().accountTypeId(2).firstName("Ada")
        .lastName("Lovelace").email("ada@example.com").build());
    Manager manager = ap.managers().blockManager(1, "403");

    assertThat(account.id()).isEqualTo("710");
    assertThat(account.firstName()).isEqualTo("Ada");
    assertThat(account.otherAttributes()).containsEntry("email", "ada@example.com");
    assertThat(manager.status()).isEqualTo(ManagerStatus.INACTIVE);
  }

  @Test
  void aValidationTaskComesBackAsTheAsyncTaskExampleShowsIt() {
    server.stubFor(post(urlEqualTo(ROOT + "plans/5/order_attributes_validation"))
        .willReturn(jsonApi(201, Write.task("completed"))));

    AsyncTask task = ap.plans().validateOrderAttributes(1, "5",
        OrderAttributesValidation.builder().accountId(710).build());

    assertThat(task.id()).isEqualTo(Write.TASK_ID);
    assertThat(task.status().value()).isEqualTo(AsyncTaskStatus.COMPLETED);
    assertThat(task.isDone()).isTrue();
    assertThat(task.isValid()).isTrue();
    assertThat(task.failureMessage()).isEmpty();
    assertThat(task.results().errors()).isEqualTo(List.of(Map.of()));
    assertThat(task.results().applicationAttributes()).isEmpty();
  }
}
