package dev.apiclients.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox's provisioning state machine over plain HTTP, as any client would drive it. */
class ActivePlatformWritesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Sandbox sandbox;

  private record Answer(int status, JsonNode body) {
    JsonNode attributes() {
      return body.path("data").path("attributes");
    }

    String id() {
      return body.path("data").path("id").asText();
    }

    String error() {
      return body.path("errors").path(0).path("detail").asText();
    }
  }

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void reset() {
    sandbox.reset();
  }

  private static Answer call(String method, String path, String attributes) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.activePlatformBaseUrl()
            + "/api/v3/resellers/1/" + path))
        .header("X-Api-Token", Sandbox.ACTIVEPLATFORM_API_TOKEN).header("Accept", "application/vnd.api+json");
    request = attributes == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
        : request.header("Content-Type", "application/vnd.api+json").method(method,
            HttpRequest.BodyPublishers.ofString("{\"data\":{\"attributes\":" + attributes + "}}"));
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body()));
  }

  private static JsonNode subscription(String id) throws Exception {
    return call("GET", "subscriptions/" + id, null).attributes();
  }

  private static int users(String subscription) throws Exception {
    JsonNode included = call("GET", "subscriptions/" + subscription + "?include=subscription_resources", null)
        .body().path("included");
    for (JsonNode resource : included) {
      if (resource.path("attributes").path("name").asText().equals("Users")) {
        return resource.path("attributes").path("amount").asInt();
      }
    }
    throw new AssertionError("no Users resource");
  }

  private static void pay(Answer order) throws Exception {
    Answer paid = call("PATCH", "payments/" + order.attributes().path("payment_id").asText(),
        "{\"status\":\"paid_from_balance\"}");
    assertThat(paid.status()).isEqualTo(200);
    assertThat(paid.attributes().path("status").asText()).isEqualTo("paid_from_balance");
  }

  @Test
  void aCustomerIsProvisionedPaidChangedStoppedActivatedAndSwitched() throws Exception {
    Answer account = call("POST", "accounts", "{\"account_type_id\":2,\"first_name\":\"Ada\",\"last_name\":"
        + "\"Lovelace\",\"email\":\"ada@example.com\"}");
    assertThat(account.status()).isEqualTo(201);
    assertThat(call("GET", "accounts?filter%5Bemail%5D=ada@example.com", null).body().path("data").path(0)
        .path("id").asText()).isEqualTo(account.id());

    Answer sale = call("POST", "sales_order", "{\"account_id\":" + account.id() + ",\"plan_id\":1200,"
        + "\"plan_period_id\":12001,\"payment_model\":\"prepay\",\"resources\":{\"data\":[{\"plan_resource_id\":"
        + "120001,\"quantity\":10}]}}");
    assertThat(sale.status()).isEqualTo(201);
    assertThat(sale.body().path("data").path("type").asText()).isEqualTo("sales_orders");
    assertThat(sale.attributes().path("status").asText()).isEqualTo("waiting_for_payment");
    assertThat(sale.attributes().path("total").asText()).isEqualTo("1500.00");
    String sub = sale.attributes().path("subscription_id").asText();
    assertThat(subscription(sub).path("status").asText()).isEqualTo("ordered");
    JsonNode payment = call("GET", "payments/" + sale.attributes().path("payment_id").asText(), null).attributes();
    assertThat(payment.path("total").asText()).isEqualTo("1500.00");
    assertThat(payment.path("created_at").asText()).matches(".*\\.\\d{6}\\+0300");

    pay(sale);
    assertThat(call("GET", "orders/" + sale.id(), null).attributes().path("status").asText()).isEqualTo("completed");
    assertThat(subscription(sub).path("status").asText()).isEqualTo("active");
    assertThat(users(sub)).isEqualTo(10);

    String resource = call("GET", "subscriptions/" + sub + "?include=subscription_resources", null).body()
        .path("included").path(0).path("id").asText();
    Answer change = call("POST", "change_order", "{\"subscription_id\":" + sub + ",\"resources\":{\"data\":"
        + "[{\"resource_id\":" + resource + ",\"additional\":15}]}}");
    assertThat(users(sub)).isEqualTo(10);
    pay(change);
    assertThat(users(sub)).isEqualTo(15);
    assertThat(call("POST", "change_order", "{\"subscription_id\":" + sub + ",\"resources\":{\"data\":"
        + "[{\"resource_id\":" + resource + ",\"additional\":15}]}}").error()).startsWith("To change the quantity");

    String reason = "{\"reason\":\"non-payment\",\"comment\":\"invoice 42\"}";
    assertThat(call("POST", "subscriptions/" + sub + "/stop_operation", reason).status()).isEqualTo(200);
    assertThat(subscription(sub).path("ability").path("activate").asBoolean()).isTrue();
    Answer again = call("POST", "subscriptions/" + sub + "/stop_operation", reason);
    assertThat(again.status()).isEqualTo(403);
    assertThat(again.error()).isEqualTo("This action is forbidden");
    assertThat(call("POST", "subscriptions/" + sub + "/activate_operation", reason).status()).isEqualTo(200);
    assertThat(subscription(sub).path("status").asText()).isEqualTo("active");

    assertThat(call("PATCH", "subscriptions/" + sub, "{\"autorenew\":false}").attributes()
        .path("renewal_settings").path("autorenew").asBoolean()).isFalse();
    Answer same = call("PATCH", "subscriptions/" + sub, "{\"autorenew\":false}");
    assertThat(same.status()).isEqualTo(422);
    assertThat(same.error()).isEqualTo("You are trying to change the current Auto-renew value to the same value");

    String switchTo = "{\"subscription_id\":" + sub + ",\"plan_id\":%d,\"plan_period_id\":%d,"
        + "\"switch_type\":\"immediate_switch\"}";
    assertThat(call("POST", "switch_order", switchTo.formatted(1204, 12041)).error())
        .isEqualTo("Can not switch to plan with id 1204");
    assertThat(call("POST", "switch_order", switchTo.formatted(1201, 12001)).error())
        .startsWith("The period id 12001 is not available");
    pay(call("POST", "switch_order", switchTo.formatted(1201, 12012)));
    assertThat(subscription(sub).path("plan_id").asLong()).isEqualTo(1201);
    assertThat(subscription(sub).path("plan_period_id").asLong()).isEqualTo(12012);
    assertThat(users(sub)).isEqualTo(15);
  }

  @Test
  void aWaitingOrderIsCancelledOnceAndStoppingCancelsAWaitingProlongOrder() throws Exception {
    String sub = sandbox.activePlatform().addSubscription("523", "1200", "active");
    Answer prolong = call("POST", "prolong_order", "{\"subscription_id\":" + sub + "}");
    assertThat(prolong.status()).isEqualTo(201);
    assertThat(call("POST", "orders/" + prolong.id() + "/cancel_operation", null).status()).isEqualTo(200);
    assertThat(call("GET", "orders/" + prolong.id() + "?include=payment", null).body().path("included").path(0)
        .path("attributes").path("status").asText()).isEqualTo("cancelled");
    assertThat(call("POST", "orders/" + prolong.id() + "/cancel_operation", null).status()).isEqualTo(422);

    Answer second = call("POST", "prolong_order", "{\"subscription_id\":" + sub + "}");
    call("POST", "subscriptions/" + sub + "/stop_operation", "{\"reason\":\"r\",\"comment\":\"c\"}");
    assertThat(call("GET", "orders/" + second.id(), null).attributes().path("status").asText())
        .isEqualTo("cancelled");
    assertThat(call("GET", "orders?filter%5Btype%5D=prolong&filter%5Baccount_id%5D=523", null).body()
        .path("data").findValuesAsText("id")).contains(prolong.id(), second.id());
  }

  @Test
  void validationCompletesOnTheConfiguredPollOrFails() throws Exception {
    sandbox.activePlatform().asyncTaskPolls(3);
    Answer task = call("POST", "plans/1201/order_attributes_validation",
        "{\"account_id\":523,\"customer_domain\":\"Not A Domain\"}");
    assertThat(task.status()).isEqualTo(201);
    assertThat(task.attributes().path("status").asText()).isEqualTo("pending");
    assertThat(call("GET", "async_tasks/" + task.id(), null).attributes().path("status").asText()).isEqualTo("pending");
    assertThat(call("GET", "async_tasks/" + task.id(), null).attributes().path("status").asText()).isEqualTo("running");
    JsonNode done = call("GET", "async_tasks/" + task.id(), null).attributes();
    assertThat(done.path("status").asText()).isEqualTo("completed");
    assertThat(done.path("results").path("valid").asBoolean()).isFalse();
    assertThat(done.path("results").path("errors").path(0).path("key").asText()).isEqualTo("customer_domain");
    assertThat(call("POST", "sales_order", "{\"account_id\":523,\"plan_id\":1201,\"plan_period_id\":12011,"
        + "\"payment_model\":\"prepay\",\"async_task_id\":\"" + task.id() + "\"}").error())
        .contains("has not completed with valid order attributes");

    sandbox.activePlatform().asyncTaskPolls(1);
    sandbox.activePlatform().failAsyncTasks("Vendor unavailable");
    String failing = call("POST", "plans/1201/order_attributes_validation", "{\"account_id\":523}").id();
    JsonNode failed = call("GET", "async_tasks/" + failing, null).attributes();
    assertThat(failed.path("status").asText()).isEqualTo("failed");
    assertThat(failed.path("failure_message").asText()).isEqualTo("Vendor unavailable");
  }

  @Test
  void managersAreCreatedAndBlockedAndWritesAreRecordedWithFaultsApplied() throws Exception {
    String manager = "{\"name\":\"Grace Hopper\",\"email\":\"grace@example.com\",\"password\":\"s3cret-pass\","
        + "\"manager_role_id\":2}";
    sandbox.activePlatform().failNthRequest(1, 503);
    assertThat(call("POST", "managers", manager).status()).isEqualTo(503);
    Answer created = call("POST", "managers", manager);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.attributes().path("manager_role").path("name").asText()).isEqualTo("Access Level 2");
    assertThat(created.attributes().has("password")).isFalse();
    assertThat(call("POST", "managers", manager).error()).isEqualTo("Email has already been taken");
    call("PATCH", "managers/" + created.id(), "{\"status\":\"inactive\"}");
    assertThat(call("GET", "managers/" + created.id(), null).attributes().path("status").asText())
        .isEqualTo("inactive");
    assertThat(call("POST", "accounts", "{\"first_name\":\"No\",\"last_name\":\"Type\",\"email\":\"n@example.com\"}")
        .body().path("errors").path(0).path("source").path("pointer").asText())
        .isEqualTo("/data/attributes/account_type_id");

    assertThat(sandbox.activePlatform().writes()).extracting(RecordedRequest::status)
        .containsExactly(503, 201, 422, 200, 422);
    RecordedRequest first = sandbox.activePlatform().writes().get(1);
    assertThat(first.body()).contains("\"password\":\"s3cret-pass\"");
    assertThat(first.toString()).contains("\"password\":\"***\"").doesNotContain("s3cret-pass");
    assertThat(sandbox.activePlatform().managerCount()).isEqualTo(SandboxData.AP_MANAGER_COUNT + 1);
  }
}
