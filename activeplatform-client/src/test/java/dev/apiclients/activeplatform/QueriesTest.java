package dev.apiclients.activeplatform;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.apiclients.activeplatform.ManagersTest.jsonApi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.testing.Stubs;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The typed queries: the exact query string each one sends, and every bad value refused before a request. */
class QueriesTest {

  private static final String ROOT = "/api/v3/resellers/1/";
  private static final String EMPTY = "{\"data\":[],\"links\":{\"next\":null}}";
  private static final OffsetDateTime MSK_NEW_YEAR = OffsetDateTime.parse("2024-01-01T00:00:00+03:00");

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final ActivePlatformClient ap = ActivePlatformClient.builder().baseUrl(server.baseUrl())
      .apiToken(ResourceEndpointsTest.TOKEN).build();

  private void expect(String url) {
    server.stubFor(get(urlEqualTo(url)).willReturn(jsonApi(EMPTY)));
  }

  private void verifySent(String url) {
    server.verify(1, getRequestedFor(urlEqualTo(url)).withHeader("X-Api-Token", equalTo(ResourceEndpointsTest.TOKEN)));
    server.verify(1, anyRequestedFor(anyUrl()));
  }

  @Test
  void accountQuerySendsCommaListsBracketedDateFiltersWithEncodedPlusAndInclude() {
    String url = ROOT + "accounts?page%5Bsize%5D=10&page%5Bnumber%5D=1"
        + "&filter%5Bemail%5D=a%40example.com%2Cb%2Btag%40example.com&filter%5Buser_email%5D=u%40example.com"
        + "&filter%5Binn%5D=7700000000&filter%5Bcreated_at%5D%5Bgt%5D=2024-01-01T00%3A00%3A00%2B03%3A00"
        + "&filter%5Bcreated_at%5D%5Blt%5D=2024-02-01&filter%5Bupdated_at%5D%5Bgt%5D=2024-01-01T00%3A00%3A00Z"
        + "&filter%5Bupdated_at%5D%5Blt%5D=2024-03-01T12%3A30%3A00.5-05%3A00&include=subscriptions";
    expect(url);

    AccountQuery query = AccountQuery.builder().pageSize(10).email(List.of("a@example.com", "b+tag@example.com"))
        .userEmail("u@example.com").inn("7700000000").createdAfter(MSK_NEW_YEAR).createdBefore(LocalDate.of(2024, 2, 1))
        .updatedAfter(OffsetDateTime.parse("2024-01-01T00:00:00Z"))
        .updatedBefore(OffsetDateTime.parse("2024-03-01T12:30:00.5-05:00")).includeSubscriptions().build();

    assertThat(ap.accounts().streamAccounts(1, query)).isEmpty();
    verifySent(url);
    server.verify(getRequestedFor(urlPathEqualTo(ROOT + "accounts"))
        .withQueryParam("filter[created_at][gt]", equalTo("2024-01-01T00:00:00+03:00"))
        .withQueryParam("filter[email]", equalTo("a@example.com,b+tag@example.com")));
    assertThat(query.parameters()).containsEntry("filter[created_at][gt]", "2024-01-01T00:00:00+03:00");
  }

  @Test
  void subscriptionQuerySendsEveryDocumentedFilterMetaAndInclude() {
    String url = ROOT + "subscriptions?page%5Bsize%5D=50&page%5Bnumber%5D=1"
        + "&filter%5Baccount_id%5D=523%2C524&filter%5Bstatus%5D=active%2Cstopped&filter%5Bplan_id%5D=1200"
        + "&filter%5Bpayment_model%5D=postpay&filter%5Btrial%5D=false"
        + "&filter%5Bcreated_at%5D%5Bgt%5D=2024-01-01&meta=true&include=account%2Csubscription_period";
    expect(url);

    SubscriptionQuery query = SubscriptionQuery.builder().accountId("523", "524")
        .status(SubscriptionStatus.ACTIVE, SubscriptionStatus.STOPPED).planIds(Set.of("1200"))
        .paymentModel(PaymentModel.POSTPAY).trial(false).createdAfter(LocalDate.of(2024, 1, 1)).meta(true)
        .include("account", "subscription_period").build();

    assertThat(ap.subscriptions().streamSubscriptions(1, query)).isEmpty();
    verifySent(url);
  }

  @Test
  void orderQuerySendsSortKeysInOrderWithMinusForDescending() {
    String url = ROOT + "orders?page%5Bsize%5D=50&page%5Bnumber%5D=1&sort=-created_at%2Cid"
        + "&filter%5Baccount_id%5D=523&filter%5Btype%5D=sales&filter%5Bcreated_at%5D%5Bgt%5D=2017-10-04T15%3A12%3A01.558009%2B03%3A00"
        + "&filter%5Bupdated_at%5D%5Blt%5D=2024-01-01T00%3A00%3A00%2B03%3A00&include=charges";
    expect(url);

    OrderQuery query = OrderQuery.builder().sortDescending("created_at").sortAscending("id").accountId("523").type("sales")
        .createdAfter(OffsetDateTime.parse("2017-10-04T15:12:01.558009+03:00")).updatedBefore(MSK_NEW_YEAR)
        .include("charges").build();

    assertThat(ap.orders().streamOrders(1, query)).isEmpty();
    verifySent(url);
  }

  @Test
  void planQuerySendsNameSkuUpdatedBoundsAndInclude() {
    String url = ROOT + "plans?page%5Bsize%5D=1000&page%5Bnumber%5D=1&filter%5Bname%5D=Office%20365&filter%5Bsku%5D=SKU-1"
        + "&filter%5Bupdated_at%5D%5Bgt%5D=2024-01-01&filter%5Bupdated_at%5D%5Blt%5D=2024-01-01T00%3A00%3A00%2B03%3A00"
        + "&include=plan_category";
    expect(url);

    PlanQuery query = PlanQuery.builder().pageSize(1000).name("Office 365").sku("SKU-1")
        .updatedAfter(LocalDate.of(2024, 1, 1)).updatedBefore(MSK_NEW_YEAR).includePlanCategory().build();

    assertThat(ap.plans().streamPlans(1, query)).isEmpty();
    verifySent(url);
  }

  @Test
  void badValuesAreRefusedNamingTheParameterBeforeAnyRequest() {
    List<Supplier<Object>> calls = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    add(calls, messages, "sort field must be one of", () -> OrderQuery.builder().sortDescending("total").build());
    add(calls, messages, "sort field", () -> OrderQuery.builder().sortAscending(null).build());
    add(calls, messages, "include must be one of", () -> OrderQuery.builder().include("items").build());
    add(calls, messages, "include must be one of", () -> SubscriptionQuery.builder().include("account", "owner").build());
    add(calls, messages, "filter[email] needs at least one value", () -> AccountQuery.builder().email(List.of()).build());
    add(calls, messages, "filter[email] values must be non-blank", () -> AccountQuery.builder().email("a@x.com", " ").build());
    add(calls, messages, "filter[email] values must be non-blank and hold no comma",
        () -> AccountQuery.builder().email("a@x.com,b@x.com").build());
    add(calls, messages, "filter[account_id] values", () -> SubscriptionQuery.builder().accountIds(Arrays.asList("1", null)).build());
    add(calls, messages, "filter[status] values", () -> SubscriptionQuery.builder().status(SubscriptionStatus.UNKNOWN).build());
    add(calls, messages, "filter[payment_model] must be PREPAY or POSTPAY",
        () -> SubscriptionQuery.builder().paymentModel(PaymentModel.UNKNOWN).build());
    add(calls, messages, "filter[created_at][gt] must not be null",
        () -> AccountQuery.builder().createdAfter((OffsetDateTime) null).build());
    add(calls, messages, "filter[user_email] must not be blank", () -> AccountQuery.builder().userEmail(" ").build());
    add(calls, messages, "filter[name] must not be blank", () -> PlanQuery.builder().name(null).build());
    add(calls, messages, "pageSize must be between 1 and 1000", () -> PlanQuery.builder().pageSize(0).build());
    add(calls, messages, "pageSize must be between 1 and 1000", () -> OrderQuery.builder().pageSize(1001).build());
    add(calls, messages, "resellerId must be positive", () -> ap.accounts().getAccounts(0));
    add(calls, messages, "resellerId must be positive", () -> ap.orders().streamOrders(-1, OrderQuery.builder().build()));
    add(calls, messages, "resellerId must be positive", () -> ap.resellers().getReseller(0));
    add(calls, messages, "resellerId must be positive", () -> ap.managers().streamChildResellerManagers(0));
    add(calls, messages, "resellerId must be positive", () -> ap.managers().getManagerRoles(0));
    add(calls, messages, "id must not be null or blank", () -> ap.accounts().getAccount(1, " "));
    add(calls, messages, "id must not be null or blank", () -> ap.managers().getManager(1, null));
    add(calls, messages, "id must not be null or blank", () -> ap.managers().getChildResellerManager(1, ""));
    add(calls, messages, "include must be one of", () -> ap.subscriptions().getSubscription(1, "1", "owner"));
    add(calls, messages, "include must be one of", () -> ap.orders().getOrder(1, "1", "items"));
    add(calls, messages, "include must be one of", () -> ap.plans().getPlan(1, "1", "category"));
    add(calls, messages, "include must not be null", () -> ap.plans().getPlan(1, "1", (String[]) null));
    add(calls, messages, "query must not be null", () -> ap.plans().streamPlans(1, null));
    add(calls, messages, "query must not be null", () -> ap.subscriptions().streamSubscriptions(1, null));
    add(calls, messages, "query must not be null", () -> ap.accounts().streamAccounts(1, null));

    for (int i = 0; i < calls.size(); i++) {
      Supplier<Object> call = calls.get(i);
      assertThatThrownBy(call::get).as(messages.get(i)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(messages.get(i));
    }
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  private static void add(List<Supplier<Object>> calls, List<String> messages, String message, Supplier<Object> call) {
    calls.add(call);
    messages.add(message);
  }

  @Test
  void anIdGoesIntoThePathPercentEncoded() {
    server.stubFor(get(urlEqualTo(ROOT + "accounts/a%2Fb%3F")).willReturn(jsonApi(
        "{\"data\":{\"id\":\"a/b?\",\"type\":\"accounts\",\"attributes\":{}}}")));

    assertThat(ap.accounts().getAccount(1, "a/b?").id()).isEqualTo("a/b?");
  }
}
