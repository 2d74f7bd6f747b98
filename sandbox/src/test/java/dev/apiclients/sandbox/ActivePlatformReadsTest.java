package dev.apiclients.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apiclients.activeplatform.Account;
import dev.apiclients.activeplatform.AccountQuery;
import dev.apiclients.activeplatform.ActivePlatformClient;
import dev.apiclients.activeplatform.IncludedResource;
import dev.apiclients.activeplatform.Order;
import dev.apiclients.activeplatform.OrderQuery;
import dev.apiclients.activeplatform.Plan;
import dev.apiclients.activeplatform.Reseller;
import dev.apiclients.activeplatform.Subscription;
import dev.apiclients.activeplatform.SubscriptionQuery;
import dev.apiclients.activeplatform.SubscriptionStatus;
import dev.apiclients.http.ApiError;
import dev.apiclients.http.BadRequestException;
import dev.apiclients.http.NotFoundException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real ActivePlatform client against the sandbox: the two agree on every read. */
@ExtendWith(ActivePlatformSandboxExtension.class)
class ActivePlatformReadsTest {

  private static final long R = Sandbox.ACTIVEPLATFORM_RESELLER_ID;

  @Test
  void accountsComeOverThreePagesByLinksNextAndFiltersAreHonoured(ActivePlatformClient ap, Sandbox sandbox) {
    List<Account> accounts = ap.accounts().getAccounts(R);

    assertThat(accounts).hasSize(130).extracting(Account::id).doesNotHaveDuplicates().startsWith("523");
    assertThat(sandbox.activePlatform().requests()).extracting(r -> r.query().get("page[number]"))
        .containsExactly("1", "2", "3");
    Account some = accounts.get(77);
    assertThat(ap.accounts().streamAccounts(R, AccountQuery.builder()
        .email((String) some.otherAttributes().get("email"), (String) accounts.get(5).otherAttributes().get("email"))
        .build())).extracting(Account::id).containsExactly(accounts.get(5).id(), some.id());
    OffsetDateTime bound = some.createdAt();
    assertThat(ap.accounts().streamAccounts(R, AccountQuery.builder().createdAfter(bound).pageSize(20).build()))
        .hasSize(130 - 78).allSatisfy(a -> assertThat(a.createdAt()).isAfter(bound));
    assertThat(ap.accounts().streamAccounts(R, AccountQuery.builder().userEmail("it.support@msp.example.com")
        .build())).hasSize(13);
  }

  @Test
  void subscriptionsComeWithTheirAccountPlanPeriodAndResources(ActivePlatformClient ap) {
    Account account = ap.accounts().streamAccounts(R, AccountQuery.builder().includeSubscriptions().build())
        .filter(a -> a.subscriptions().size() == 2).findFirst().orElseThrow();
    List<Subscription> subscriptions = ap.subscriptions().streamSubscriptions(R,
        SubscriptionQuery.builder().accountId(account.id()).include("account", "plan").build()).toList();

    assertThat(subscriptions).extracting(Subscription::id)
        .containsExactlyElementsOf(account.subscriptions().stream().map(Subscription::id).toList());
    assertThat(subscriptions).allSatisfy(s -> {
      assertThat(s.account()).get().extracting(Account::id).isEqualTo(account.id());
      assertThat(s.plan()).get().extracting(Plan::id).isEqualTo(String.valueOf(s.planId()));
    });
    Subscription one = ap.subscriptions().getSubscription(R, subscriptions.get(0).id(), "subscription_period",
        "subscription_resources");
    assertThat(one.subscriptionPeriod()).get().extracting(p -> p.attributes().get("unit")).isIn("month", "year");
    assertThat(one.subscriptionResources()).isNotEmpty().first()
        .extracting(r -> r.attributes().get("name")).isEqualTo("Users");
    assertThat(ap.subscriptions().streamSubscriptions(R, SubscriptionQuery.builder()
        .status(SubscriptionStatus.STOPPED).trial(false).build()))
        .isNotEmpty().allSatisfy(s -> assertThat(s.status().value()).isEqualTo(SubscriptionStatus.STOPPED));
  }

  @Test
  void ordersSortDescendingByCreationWithTheirChargesIncluded(ActivePlatformClient ap) {
    List<Order> orders = ap.orders().streamOrders(R,
        OrderQuery.builder().sortDescending("created_at").include("charges").build()).toList();

    assertThat(orders).hasSize(150).isSortedAccordingTo(Comparator.comparing(Order::createdAt).reversed());
    assertThat(orders).allSatisfy(o -> {
      assertThat(o.charges()).isNotEmpty().allSatisfy(c -> assertThat(c.type()).isEqualTo("charges"));
      assertThat(o.charges().stream().map(c -> new BigDecimal((String) c.attributes().get("amount")))
          .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(o.total());
    });
    Order first = ap.orders().getOrder(R, "1001", "account", "subscription", "payment");
    assertThat(first.account()).get().extracting(Account::id).isEqualTo(String.valueOf(first.accountId()));
    assertThat(first.subscription()).get().extracting(Subscription::accountId).isEqualTo(first.accountId());
    assertThat(first.payment().isPresent()).isEqualTo(first.status().raw().equals("completed"));
  }

  @Test
  void plansResellersManagersAndRoles(ActivePlatformClient ap) {
    Plan plan = ap.plans().getPlan(R, "1200", "plan_category");
    assertThat(plan.name()).isEqualTo("G Suite Business");
    assertThat(plan.planCategory()).get().extracting(IncludedResource::type).isEqualTo("plan_categories");
    assertThat(ap.plans().getPlans(R)).hasSize(10);

    assertThat(ap.resellers().getReseller(R).general().name()).isEqualTo("Sandbox Cloud Distribution");
    assertThat(ap.resellers().getChildResellers(R)).extracting(Reseller::id, Reseller::parentId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("2", "1"), org.assertj.core.groups.Tuple.tuple("3", "1"),
            org.assertj.core.groups.Tuple.tuple("4", "2"));
    assertThat(ap.managers().getManager(R, "431").name()).isEqualTo("Brendon Leannon");
    assertThat(ap.managers().getChildResellerManagers(R)).hasSize(12)
        .allSatisfy(m -> assertThat(m.resellerId()).isBetween(2L, 4L));
    assertThat(ap.managers().getManagerRoles(R)).hasSize(4);
  }

  @Test
  void unknownIdsAndBadFiltersAnswerJsonApiErrors(ActivePlatformClient ap) {
    assertThatThrownBy(() -> ap.accounts().getAccount(R, "999999")).isInstanceOfSatisfying(NotFoundException.class,
        e -> assertThat(e.errors()).extracting(ApiError::status).containsExactly("404"));
    assertThatThrownBy(() -> ap.orders().streamOrders(R, OrderQuery.builder().accountId("abc").build()).toList())
        .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.errors()).singleElement()
            .satisfies(error -> {
              assertThat(error.sourcePointer()).isEqualTo("filter[account_id]");
              assertThat(error.detail()).contains("numeric");
            }));
  }

  @Test
  void testsSeedTheirOwnAccountsAndSubscriptions(ActivePlatformClient ap, Sandbox sandbox) {
    ActivePlatformSandbox platform = sandbox.activePlatform();
    assertThat(platform.accountCount()).isEqualTo(130);
    platform.clearAccounts();
    String acme = platform.addAccount("Acme LLC", "it@acme.example");
    String beta = platform.addAccount(Map.of("name", "Beta LLC", "inn", "7700000001"));
    String subscription = platform.addSubscription(acme, "1201", "active");

    assertThat(ap.accounts().getAccounts(R)).extracting(Account::id).containsExactly(acme, beta);
    assertThat(ap.accounts().streamAccounts(R, AccountQuery.builder().inn("7700000001").build()))
        .extracting(Account::name).containsExactly("Beta LLC");
    assertThat(ap.subscriptions().getSubscription(R, subscription, "account").account())
        .get().extracting(Account::name).isEqualTo("Acme LLC");
    assertThat(ap.orders().getOrders(R)).isEmpty();
    assertThatThrownBy(() -> platform.addSubscription(acme, "999", "active"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plan 999");
  }
}
