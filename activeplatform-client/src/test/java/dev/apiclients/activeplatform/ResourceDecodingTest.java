package dev.apiclients.activeplatform;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.apiclients.activeplatform.ManagersTest.fixture;
import static dev.apiclients.activeplatform.ManagersTest.jsonApi;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.http.testing.Stubs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each resource decoded from a fixture shaped like the document example it is named after
 * ({@code fixtures/v3/*-example.json}; {@code *-inferred.json} where the document shows only a
 * skeleton): every known attribute, unknown attributes kept, unknown enum text kept, both offset
 * forms, included resources resolved and missing ones empty.
 */
class ResourceDecodingTest {

  private static final String ROOT = "/api/v3/resellers/1/";
  private static final ZoneOffset MSK = ZoneOffset.ofHours(3);

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final ActivePlatformClient ap = ActivePlatformClient.builder().baseUrl(server.baseUrl())
      .apiToken(ResourceEndpointsTest.TOKEN).retryPolicy(RetryPolicy.none()).build();

  private void serve(String url, String fixture) {
    server.stubFor(get(urlEqualTo(url)).willReturn(jsonApi(fixture("v3/" + fixture))));
  }

  private static OffsetDateTime at(int y, int mo, int d, int h, int mi, int s, int ms) {
    return OffsetDateTime.of(y, mo, d, h, mi, s, ms * 1_000_000, MSK);
  }

  @Test
  void getManagerDecodesThe50ExampleWithTheOlderRoleString() {
    serve(ROOT + "managers/403", "get-manager-5.0-example.json");

    assertThat(ap.managers().getManager(1, "403")).isEqualTo(new Manager("403", 473L, "Brendon Leannon",
        ManagerStatus.ACTIVE, "carter81@example.net", "admin", null, "+375290000000", "/images/manager/403/manager.png",
        "1test", null, Map.of("manager_1c_identifier", "20"), at(2021, 1, 5, 5, 28, 48, 804), at(2021, 1, 5, 6, 23, 10, 815)));
  }

  @Test
  void getChildResellerManagerDecodesTheLatestFormWithManagerRoleAnOffsetWithoutColonAndUnknowns() {
    serve(ROOT + "child_reseller_managers/403", "get-manager-latest-example.json");

    Manager manager = ap.managers().getChildResellerManager(1, "403");

    assertThat(manager.role()).isNull();
    assertThat(manager.managerRole()).isEqualTo(new ManagerRole(null, null));
    assertThat(manager.mfaRequired()).isTrue();
    assertThat(manager.createdAt()).isEqualTo(at(2021, 1, 5, 5, 28, 48, 804));
    assertThat(manager.status()).isEqualTo(new ManagerStatus("on_leave"));
    assertThat(manager.status().isKnown()).isFalse();
    assertThat(manager.otherAttributes()).isEqualTo(Map.of("locale", "en"));
  }

  @Test
  void childResellerManagersDecodeThe50ListExampleAndItsLinks() {
    server.stubFor(get(urlEqualTo(ROOT + "child_reseller_managers?page%5Bsize%5D=2&page%5Bnumber%5D=1"))
        .willReturn(jsonApi(fixture("v3/child-reseller-managers-5.0-example.json"))));
    ActivePlatformClient small = ActivePlatformClient.builder().baseUrl(server.baseUrl()).apiToken("t").pageSize(2).build();

    assertThat(small.managers().streamChildResellerManagers(1).toList()).containsExactly(new Manager("145", 134L,
        "Brendon Leannon", ManagerStatus.ACTIVE, "carter81@example.net", "admin", null, "+375280000000",
        "/images/manager/145/manager.png", null, null, Map.of(), at(2021, 1, 5, 5, 28, 48, 804),
        at(2021, 1, 5, 6, 23, 10, 815)));
  }

  @Test
  void managerRolesDecodeAsAccessLevels() {
    serve(ROOT + "manager_roles?page%5Bsize%5D=50&page%5Bnumber%5D=1", "manager-roles-inferred.json");

    assertThat(ap.managers().getManagerRoles(1)).containsExactly(new AccessLevel("1", at(2021, 1, 5, 5, 28, 48, 804),
        at(2021, 1, 5, 6, 23, 10, 815), "Access Level 1", 1L, Map.of("permissions_count", 12L)));
  }

  @Test
  void getAccountDecodesEveryVisibleAttributeAndKeepsTheRest() {
    serve(ROOT + "accounts/523", "get-account-skeleton-inferred.json");

    assertThat(ap.accounts().getAccount(1, "523")).isEqualTo(new Account("523", at(2020, 8, 5, 5, 44, 55, 355),
        at(2020, 8, 5, 6, 26, 53, 948), 1L, "Acme LLC", 1L, "Acme", "Ivan", "Petrovich", "Ivanov", "RU", "Moscow",
        "Moscow", "Tverskaya", "1", "101", "125009", "+74950000000",
        Map.of("email", "ivan@example.com", "inn", "7700000000"), List.of()));
  }

  @Test
  void includedSubscriptionsAreMatchedToTheirAccountsByAccountIdWhenNoRelationshipsAreSent() {
    server.stubFor(get(urlEqualTo(ROOT + "accounts?page%5Bsize%5D=50&page%5Bnumber%5D=1&include=subscriptions"))
        .willReturn(jsonApi(fixture("v3/accounts-with-subscriptions-inferred.json"))));

    List<Account> accounts = ap.accounts().streamAccounts(1, AccountQuery.builder().includeSubscriptions().build()).toList();

    assertThat(accounts.get(0).subscriptions()).extracting(Subscription::id).containsExactly("3007095", "3007096");
    assertThat(accounts.get(0).subscriptions().get(1).status())
        .isEqualTo(new EnumValue<>(SubscriptionStatus.STOPPED, "stopped"));
    assertThat(accounts.get(1).subscriptions()).isEmpty();
  }

  @Test
  void getSubscriptionDecodesThe54ExampleWithEveryIncludeResolvedByRelationships() {
    server.stubFor(get(urlEqualTo(ROOT + "subscriptions/3007095?include=account%2Cplan%2Csubscription_period%2Csubscription_resources"))
        .willReturn(jsonApi(fixture("v3/get-subscription-5.4-example.json"))));

    Subscription s = ap.subscriptions().getSubscription(1, "3007095",
        "account", "plan", "subscription_period", "subscription_resources");

    assertThat(s.id()).isEqualTo("3007095");
    assertThat(s.createdAt()).isEqualTo(at(2020, 8, 5, 5, 44, 55, 355));
    assertThat(s.updatedAt()).isEqualTo(at(2020, 8, 5, 6, 26, 53, 948));
    assertThat(s.planId()).isEqualTo(1200L);
    assertThat(s.accountId()).isEqualTo(523L);
    assertThat(s.name()).isEqualTo("1200 G Suite Business test.activeplatform.com");
    assertThat(s.trial()).isFalse();
    assertThat(s.status()).isEqualTo(new EnumValue<>(SubscriptionStatus.ACTIVE, "active"));
    assertThat(s.startDate()).isEqualTo(LocalDate.of(2020, 8, 5));
    assertThat(s.expirationDate()).isEqualTo(LocalDate.of(2021, 8, 5));
    assertThat(s.paymentModel()).isEqualTo(new EnumValue<>(PaymentModel.PREPAY, "prepay"));
    assertThat(s.otherAttributes()).containsEntry("hold_to", "2021-09-05").containsEntry("promo_code", null).hasSize(2);
    assertThat(s.account()).map(Account::name).contains("Acme LLC");
    assertThat(s.account().orElseThrow().subscriptions()).isEmpty();
    assertThat(s.plan()).isEmpty();
    assertThat(s.subscriptionPeriod()).contains(new IncludedResource("77", "subscription_periods",
        Map.of("period", 1L, "unit", "year", "price", "120.00")));
    assertThat(s.subscriptionResources()).containsExactly(
        new IncludedResource("901", "subscription_resources", Map.of("name", "Users", "amount", 10L)),
        new IncludedResource("902", "subscription_resources", Map.of("name", "Storage", "amount", new BigDecimal("5.5"))));
  }

  @Test
  void subscriptionsKeepUnknownStatusesAndPaymentModelsAndResolveIncludesByForeignKey() {
    server.stubFor(get(urlEqualTo(ROOT + "subscriptions?page%5Bsize%5D=50&page%5Bnumber%5D=1&include=account%2Cplan"))
        .willReturn(jsonApi(fixture("v3/subscriptions-5.4-example.json"))));

    List<Subscription> list = ap.subscriptions()
        .streamSubscriptions(1, SubscriptionQuery.builder().include("account", "plan").build()).toList();

    assertThat(list.get(0).status()).isEqualTo(new EnumValue<>(SubscriptionStatus.WAITING_FOR_MANUAL_APPROVE,
        "waiting_for_manual_approve"));
    assertThat(list.get(0).paymentModel().value()).isEqualTo(PaymentModel.POSTPAY);
    assertThat(list.get(0).account()).map(Account::id).contains("523");
    assertThat(list.get(0).plan()).map(Plan::isPublic).contains(true);
    assertThat(list.get(1).status()).isEqualTo(new EnumValue<>(SubscriptionStatus.UNKNOWN, "hibernating"));
    assertThat(list.get(1).status().isKnown()).isFalse();
    assertThat(list.get(1).paymentModel()).isEqualTo(new EnumValue<>(PaymentModel.UNKNOWN, "credit"));
    assertThat(list.get(1).account()).isEmpty();
    assertThat(list.get(1).plan()).isEmpty();
  }

  @Test
  void getOrderDecodesEveryAttributeMoneyFromAStringAndItsIncludes() {
    server.stubFor(get(urlEqualTo(ROOT + "orders/1001?include=charges%2Caccount%2Cpayment%2Csubscription"))
        .willReturn(jsonApi(fixture("v3/get-order-skeleton-inferred.json"))));

    Order o = ap.orders().getOrder(1, "1001", "charges", "account", "payment", "subscription");

    assertThat(o).isEqualTo(new Order("1001", at(2021, 2, 1, 10, 0, 0, 0), at(2021, 2, 1, 10, 5, 0, 0), "SO000329",
        new EnumValue<>(OrderStatus.COMPLETED, "completed"), 523L, new EnumValue<>(OrderType.SALES, "sales"),
        at(2021, 2, 1, 10, 5, 0, 0), LocalDate.of(2021, 2, 8), LocalDate.of(2021, 2, 1), new BigDecimal("1234.50"),
        Map.of("promo_code", "SPRING"),
        List.of(new IncludedResource("1", "charges", Map.of("amount", "1000.00")),
            new IncludedResource("2", "charges", Map.of("amount", new BigDecimal("234.5")))),
        o.account(), Optional.empty(), Optional.empty()));
    assertThat(o.account()).map(Account::name).contains("Acme LLC");
  }

  @Test
  void ordersReadMoneyFromNumbersAndKeepUnknownStatusAndType() {
    serve(ROOT + "orders?page%5Bsize%5D=50&page%5Bnumber%5D=1", "orders-skeleton-inferred.json");

    List<Order> orders = ap.orders().getOrders(1);

    assertThat(orders).extracting(Order::total).containsExactly(new BigDecimal("99.9"), new BigDecimal("100"));
    assertThat(orders.get(0).status().value()).isEqualTo(OrderStatus.WAITING_FOR_PAYMENT);
    assertThat(orders.get(0).type().value()).isEqualTo(OrderType.PROLONG);
    assertThat(orders.get(0).closedAt()).isNull();
    assertThat(orders.get(1).status()).isEqualTo(new EnumValue<>(OrderStatus.UNKNOWN, "on_hold"));
    assertThat(orders.get(1).type()).isEqualTo(new EnumValue<>(OrderType.UNKNOWN, "upgrade"));
    assertThat(orders.get(1).charges()).isEmpty();
  }

  @Test
  void getPlanDecodesTheChildPlanExampleAndItsCategory() {
    server.stubFor(get(urlEqualTo(ROOT + "plans/368?include=plan_category"))
        .willReturn(jsonApi(fixture("v3/get-plan-child-example.json"))));

    assertThat(ap.plans().getPlan(1, "368", "plan_category")).isEqualTo(new Plan("368", at(2017, 7, 7, 11, 28, 7, 244),
        at(2017, 7, 7, 11, 28, 7, 404), new EnumValue<>(PlanStatus.ACTIVE, "active"), "Plan VSP billing info",
        "A plan", true, 3L, 12L, "recurring", null, 1L, false, Map.of("plan_category_id", 5L, "sku", "VSP-1"),
        Optional.of(new IncludedResource("5", "plan_categories", Map.of("name", "Cloud")))));
  }

  @Test
  void plansReadTheV1StatusWithSpacesAndKeepUnknownOnes() {
    serve(ROOT + "plans?page%5Bsize%5D=50&page%5Bnumber%5D=1", "plans-child-example.json");

    List<Plan> plans = ap.plans().getPlans(1);

    assertThat(plans.get(0).status()).isEqualTo(new EnumValue<>(PlanStatus.DEACTIVATED_BY_PROVIDER, "deactivated by provider"));
    assertThat(plans.get(0).ancestry()).isEqualTo("1/5");
    assertThat(plans.get(0).planCategory()).isEmpty();
    assertThat(plans.get(1).status()).isEqualTo(new EnumValue<>(PlanStatus.UNKNOWN, "archived"));
  }

  @Test
  void getResellerDecodesNestedObjectsAndHyphenatedContactKeys() {
    serve("/api/v3/resellers/2", "get-reseller-skeleton-inferred.json");

    assertThat(ap.resellers().getReseller(2)).isEqualTo(new Reseller("2", "1", at(2019, 3, 1, 9, 0, 0, 0),
        at(2019, 3, 2, 9, 0, 0, 0),
        new Reseller.General("Reseller Two", "two.example.com", "USD", "Brendon Leannon", at(2019, 3, 1, 9, 0, 0, 0),
            null, Map.of("language", "en")),
        new Reseller.Company("Two Inc", "1 Main St", "Suite 2", "Springfield", "IL", "62701", "US", "+12175550100",
            "+12175550101", "office@two.example.com", null, null, Map.of()),
        new Reseller.Contacts("Jane", "Doe", Map.of("middle-name", "Q")), Map.of()));
    server.verify(getRequestedFor(urlEqualTo("/api/v3/resellers/2")).withHeader("X-Api-Token", equalTo(ResourceEndpointsTest.TOKEN)));
  }

  @Test
  void childResellersDecodeEachResellerWithItsParent() {
    serve(ROOT + "child_resellers?page%5Bsize%5D=50&page%5Bnumber%5D=1", "child-resellers-skeleton-inferred.json");

    assertThat(ap.resellers().getChildResellers(1)).extracting(Reseller::id, Reseller::parentId, r -> r.general().currency())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("2", "1", "USD"), org.assertj.core.groups.Tuple.tuple("3", "2", "EUR"));
  }
}
