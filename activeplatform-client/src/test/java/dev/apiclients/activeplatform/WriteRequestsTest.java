package dev.apiclients.activeplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.activeplatform.internal.WriteBodies;
import dev.apiclients.http.testing.Stubs;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The request builders' rules, the bodies they make, and bad input refused before any request. */
class WriteRequestsTest {

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final ActivePlatformClient ap =
      ActivePlatformClient.builder().baseUrl(server.baseUrl()).apiToken("t-2").build();

  private static String body(Record request) {
    return new String(WriteBodies.of(request), StandardCharsets.UTF_8);
  }

  @Test
  void onlyWhatWasSetIsSentInTheDocumentedEnvelope() {
    NewAccount account = NewAccount.builder().accountTypeId(2).firstName("Ada").lastName("Lovelace")
        .email("ada@example.com").build();

    assertThat(body(account)).isEqualTo("{\"data\":{\"attributes\":{\"account_type_id\":2,\"first_name\":\"Ada\","
        + "\"last_name\":\"Lovelace\",\"email\":\"ada@example.com\"}}}");
  }

  @Test
  void anAttributeTheDocumentsDoNotShowIsSentAsGiven() {
    NewAccount account = NewAccount.builder().accountTypeId(2).firstName("Ada").lastName("Lovelace")
        .email("ada@example.com").attribute("new_owner_email", "owner@example.com")
        .attribute("custom_attributes", Map.of("data", List.of(new java.util.TreeMap<>(Map.of("key", "inn", "value", "7700"))))).build();

    assertThat(body(account)).endsWith("\"email\":\"ada@example.com\",\"new_owner_email\":\"owner@example.com\","
        + "\"custom_attributes\":{\"data\":[{\"key\":\"inn\",\"value\":\"7700\"}]}}}}");
    assertThat(account.otherAttributes()).containsKeys("new_owner_email", "custom_attributes");
  }

  @Test
  void aDocumentedAttributeMayBeSentInAnotherShapeButNotTwice() {
    ManagerUpdate asText = ManagerUpdate.builder().attribute("manager_role_id", "7").build();
    assertThat(body(asText)).isEqualTo("{\"data\":{\"attributes\":{\"manager_role_id\":\"7\"}}}");

    assertThatThrownBy(() -> ManagerUpdate.builder().managerRoleId(7).attribute("manager_role_id", "7").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("manager_role_id is set both");
  }

  @Test
  void aRequiredAttributeGivenThroughAttributeCounts() {
    NewAccount account = NewAccount.builder().attribute("account_type_id", "2").firstName("Ada").lastName("L")
        .email("a@example.com").build();
    assertThat(body(account)).contains("\"account_type_id\":\"2\"");
  }

  @Test
  void moneyEnumsAndNestedListsAreWrittenAsTheDocumentsShowThem() {
    assertThat(body(NewPayment.builder().accountId(463).total(new BigDecimal("1E+2")).comment("c").build()))
        .contains("\"total\":100");
    assertThat(body(SwitchOrder.builder().subscriptionId(1).planId(2).planPeriodId(3)
        .switchType(SwitchType.DELAYED_SWITCH).resources(List.of(new ResourceQuantity(9, 0))).build()))
        .isEqualTo("{\"data\":{\"attributes\":{\"subscription_id\":1,\"plan_id\":2,\"plan_period_id\":3,"
            + "\"resources\":{\"data\":[{\"plan_resource_id\":9,\"quantity\":0}]},\"switch_type\":\"delayed_switch\"}}}");
    assertThat(body(SalesOrder.builder().accountId(1).planId(2).planPeriodId(3).paymentModel(PaymentModel.POSTPAY)
        .subscriptionCreditLimitUseSystem(true).build()))
        .contains("\"payment_model\":\"postpay\",\"subscription_credit_limit_use_system\":true");
    assertThat(body(NewManager.builder().name("n").email("n@example.com").password("p").admin(true).build()))
        .contains("\"admin\":true").doesNotContain("custom_attributes");
  }

  @Test
  void buildNamesEveryProblemAtOnce() {
    assertThatThrownBy(() -> NewAccount.builder().accountTypeId(0).firstName(" ").email("not-an-email").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NewAccount")
        .hasMessageContaining("account_type_id must be positive")
        .hasMessageContaining("first_name must not be blank")
        .hasMessageContaining("last_name is required")
        .hasMessageContaining("email must be an e-mail address")
        .hasMessageContaining("nothing was sent");
  }

  @Test
  void eachRequestChecksItsDocumentedRules() {
    rejects(() -> AccountUpdate.builder().email("x@example.com").build(), "account_type_id is required");
    rejects(() -> NewManager.builder().name("n").email("n@example.com").build(), "password is required");
    rejects(() -> NewManager.builder().name("n").email("n@example.com").password("p").phone("555").build(),
        "phone must start with + or 00");
    rejects(() -> ManagerUpdate.builder().build(), "set at least one attribute");
    rejects(() -> ManagerUpdate.builder().status(new ManagerStatus(" ")).build(), "status must not be blank");
    rejects(() -> SalesOrder.builder().accountId(1).planId(2).planPeriodId(3).build(), "payment_model is required");
    rejects(() -> SalesOrder.builder().accountId(1).planId(2).planPeriodId(3).paymentModel(PaymentModel.UNKNOWN).build(),
        "payment_model must not be UNKNOWN");
    rejects(() -> ChangeOrder.builder().resource(1, 2).build(), "subscription_id is required");
    rejects(() -> ProlongOrder.builder().subscriptionId(-4).build(), "subscription_id must be positive");
    rejects(() -> RenewalOrder.builder().subscriptionId(4).build(), "plan_period_id is required");
    rejects(() -> SwitchOrder.builder().subscriptionId(4).planId(5).planPeriodId(6).build(), "switch_type is required");
    rejects(() -> OrderAttributesValidation.builder().customerDomain("").build(), "account_id is required");
    rejects(() -> NewPayment.builder().accountId(1).total(BigDecimal.ZERO).comment("c").build(),
        "total must be greater than zero");
    rejects(() -> ProlongOrder.builder().subscriptionId(1).resource(0, 1), "plan_resource_id must be positive");
    rejects(() -> ChangeOrder.builder().subscriptionId(1).resource(5, -1), "additional must not be negative");
    rejects(() -> NewManager.builder().customAttribute(" ", "v"), "custom attribute key must not be blank");
    rejects(() -> NewAccount.builder().attribute(" ", 1), "attribute name must not be blank");
    rejects(() -> NewAccount.builder().attribute("when", java.time.LocalDate.now()), "must be a String, Boolean");
    rejects(() -> NewAccount.builder().attribute("m", Map.of(1, "x")), "map key that is not a String");
  }

  @Test
  void aSetterGivenNullUnsetsTheAttribute() {
    assertThat(body(ProlongOrder.builder().subscriptionId(1).promoCode("X").promoCode(null).build()))
        .isEqualTo("{\"data\":{\"attributes\":{\"subscription_id\":1}}}");
  }

  @Test
  void aRecordMadeWithItsConstructorIsCheckedBeforeSending() {
    NewAccount broken = new NewAccount(2L, null, "Ada", null, null, "ada@example.com", null, Map.of());
    assertThatThrownBy(() -> ap.accounts().createAccount(1, broken))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("last_name is required");
    NewAccount unchecked = new NewAccount(2L, null, "Ada", null, "L", "ada@example.com", null, null);
    assertThat(body(unchecked)).doesNotContain("other");
  }

  @Test
  void badArgumentsAreRefusedBeforeAnyRequest() {
    NewAccount account = NewAccount.builder().accountTypeId(2).firstName("A").lastName("L").email("a@example.com").build();
    AccountUpdate update = AccountUpdate.builder().accountTypeId(2).build();
    List<Consumer<ActivePlatformClient>> calls = List.of(
        c -> c.accounts().createAccount(0, account),
        c -> c.accounts().createAccount(1, null),
        c -> c.accounts().updateAccount(1, " ", update),
        c -> c.accounts().updateAccount(1, "7", null),
        c -> c.managers().createManager(1, null),
        c -> c.managers().updateManager(1, null, ManagerUpdate.builder().name("n").build()),
        c -> c.managers().blockManager(1, ""),
        c -> c.subscriptions().setAutoRenew(1, null, true),
        c -> c.subscriptions().stopSubscription(1, "5", " ", "comment"),
        c -> c.subscriptions().activateSubscription(1, "5", "reason", null),
        c -> c.subscriptions().deleteSubscription(-1, "5"),
        c -> c.orders().createSalesOrder(1, null),
        c -> c.orders().createChangeOrder(1, null),
        c -> c.orders().createProlongOrder(1, null),
        c -> c.orders().createRenewalOrder(1, null),
        c -> c.orders().createSwitchOrder(1, null),
        c -> c.orders().cancelOrder(1, "\t"),
        c -> c.plans().validateOrderAttributes(1, "", OrderAttributesValidation.builder().accountId(1).build()),
        c -> c.payments().createPayment(1, null),
        c -> c.payments().completePaymentFromBalance(1, null),
        c -> c.payments().getPayment(1, " "),
        c -> c.asyncTasks().getAsyncTask(1, null),
        c -> c.asyncTasks().awaitAsyncTask(1, "t", Duration.ZERO),
        c -> c.asyncTasks().awaitAsyncTask(1, "t", Duration.ofHours(2)),
        c -> c.asyncTasks().awaitAsyncTask(1, "t", null));
    for (Consumer<ActivePlatformClient> call : calls) {
      assertThatThrownBy(() -> call.accept(ap)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void passwordsNeverShowInText() {
    NewManager manager = NewManager.builder().name("Grace").email("g@example.com").password("hunter2-secret").build();
    ManagerUpdate update = ManagerUpdate.builder().password("hunter2-secret").build();

    assertThat(manager.toString()).doesNotContain("hunter2").contains("password=***").contains("name=Grace");
    assertThat(update.toString()).doesNotContain("hunter2").contains("password=***");
    assertThat(NewPayment.builder().accountId(1).total(BigDecimal.TEN).comment("c").build().toString())
        .isEqualTo("NewPayment[accountId=1, total=10, comment=c]");
  }

  private static void rejects(Runnable build, String problem) {
    assertThatThrownBy(build::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(problem);
  }
}
