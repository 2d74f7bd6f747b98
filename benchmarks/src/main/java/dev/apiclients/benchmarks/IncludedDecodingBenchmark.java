package dev.apiclients.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apiclients.activeplatform.Account;
import dev.apiclients.activeplatform.EnumValue;
import dev.apiclients.activeplatform.PaymentModel;
import dev.apiclients.activeplatform.Plan;
import dev.apiclients.activeplatform.PlanStatus;
import dev.apiclients.activeplatform.Subscription;
import dev.apiclients.activeplatform.SubscriptionStatus;
import dev.apiclients.activeplatform.internal.JsonApiDecoder;
import dev.apiclients.benchmarks.treewalk.TreeWalkDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One ActivePlatform page of 1,000 subscriptions with {@code include=account,plan} (100 accounts
 * and 20 plans in {@code included[]}, linked by {@code relationships}), body to public records, no
 * network: the client's decoder (jsonapi-converter behind its pre-step), the generic tree-walk
 * decoder it replaced ({@link TreeWalkDecoder}), and a hand-written Jackson tree walk that parses
 * timestamps with {@code java.time}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class IncludedDecodingBenchmark {

  private byte[] body;

  /** Builds the page. */
  @Setup
  public void setUp() {
    body = page(1000, 100, 20).getBytes(StandardCharsets.UTF_8);
  }

  /** The client's decoder: pre-step, jsonapi-converter, DTOs mapped to records. */
  @Benchmark
  public List<Subscription> converter() {
    return JsonApiDecoder.decodeList(body, Subscription.class).data();
  }

  /** The generic tree-walk decoder the client used before. */
  @Benchmark
  public List<Subscription> treeWalkDecoder() {
    return TreeWalkDecoder.decodeList(body, Subscription.class).data();
  }

  /** A hand-written Jackson tree walk to the same records, timestamps by {@code OffsetDateTime.parse}. */
  @Benchmark
  public List<Subscription> javaTimeTreeWalk() {
    try {
      return walk(RawClient.JSON.readTree(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Subscription> walk(JsonNode root) {
    Map<String, JsonNode> included = new HashMap<>();
    for (JsonNode resource : root.path("included")) {
      included.put(resource.get("type").asText() + ':' + resource.get("id").asText(), resource);
    }
    List<Subscription> subscriptions = new ArrayList<>();
    for (JsonNode resource : root.get("data")) {
      JsonNode a = resource.get("attributes");
      JsonNode accountNode = linked(resource, "account", included);
      JsonNode planNode = linked(resource, "plan", included);
      subscriptions.add(new Subscription(resource.get("id").asText(), OffsetDateTime.parse(a.get("created_at").asText()),
          OffsetDateTime.parse(a.get("updated_at").asText()), a.get("plan_id").asLong(), a.get("account_id").asLong(),
          a.get("name").asText(), a.get("trial").asBoolean(),
          EnumValue.of(SubscriptionStatus.class, a.get("status").asText()), LocalDate.parse(a.get("start_date").asText()),
          LocalDate.parse(a.get("expiration_date").asText()), EnumValue.of(PaymentModel.class, a.get("payment_model").asText()),
          Map.of(), Optional.ofNullable(accountNode).map(IncludedDecodingBenchmark::account),
          Optional.ofNullable(planNode).map(IncludedDecodingBenchmark::plan), Optional.empty(), List.of()));
    }
    return subscriptions;
  }

  private static JsonNode linked(JsonNode resource, String name, Map<String, JsonNode> included) {
    JsonNode data = resource.path("relationships").path(name).path("data");
    return data.isObject() ? included.get(data.get("type").asText() + ':' + data.get("id").asText()) : null;
  }

  private static Account account(JsonNode resource) {
    JsonNode a = resource.get("attributes");
    return new Account(resource.get("id").asText(), OffsetDateTime.parse(a.get("created_at").asText()),
        OffsetDateTime.parse(a.get("updated_at").asText()), a.get("reseller_id").asLong(), a.get("name").asText(),
        null, null, null, null, null, a.get("country").asText(), null, null, null, null, null, null,
        a.get("phone").asText(), Map.of(), List.of());
  }

  private static Plan plan(JsonNode resource) {
    JsonNode a = resource.get("attributes");
    return new Plan(resource.get("id").asText(), OffsetDateTime.parse(a.get("created_at").asText()),
        OffsetDateTime.parse(a.get("updated_at").asText()), EnumValue.of(PlanStatus.class, a.get("status").asText()),
        a.get("name").asText(), null, a.get("public").asBoolean(), null, null, null, null, a.get("reseller_id").asLong(),
        null, Map.of(), Optional.empty());
  }

  /** A subscriptions page shaped like the 5.4 example, with relationships and included accounts and plans. */
  static String page(int size, int accounts, int plans) {
    StringBuilder body = new StringBuilder(size * 700);
    body.append("{\"data\":[");
    for (int i = 0; i < size; i++) {
      long account = 500 + i % accounts;
      long plan = 1200 + i % plans;
      body.append(i == 0 ? "" : ",").append("{\"id\":\"").append(3_007_000 + i).append("\",\"type\":\"subscriptions\",")
          .append("\"attributes\":{\"created_at\":\"2020-08-05T05:44:55.355+03:00\",")
          .append("\"updated_at\":\"2020-08-05T06:26:53.948+03:00\",\"plan_id\":").append(plan)
          .append(",\"account_id\":").append(account).append(",\"name\":\"Subscription ").append(i)
          .append("\",\"trial\":").append(i % 3 == 0).append(",\"status\":\"").append(i % 7 == 0 ? "stopped" : "active")
          .append("\",\"start_date\":\"2020-08-05\",\"expiration_date\":\"2021-08-05\",\"payment_model\":\"prepay\"},")
          .append("\"relationships\":{\"account\":{\"data\":{\"type\":\"accounts\",\"id\":\"").append(account)
          .append("\"}},\"plan\":{\"data\":{\"type\":\"plans\",\"id\":\"").append(plan).append("\"}}}}");
    }
    body.append("],\"included\":[");
    for (int i = 0; i < accounts; i++) {
      body.append(i == 0 ? "" : ",").append("{\"id\":\"").append(500 + i).append("\",\"type\":\"accounts\",")
          .append("\"attributes\":{\"created_at\":\"2020-01-01T10:00:00.000+03:00\",")
          .append("\"updated_at\":\"2020-01-02T10:00:00.000+03:00\",\"reseller_id\":1,\"name\":\"Account ").append(i)
          .append("\",\"country\":\"RU\",\"phone\":\"+74950000000\"}}");
    }
    for (int i = 0; i < plans; i++) {
      body.append(",{\"id\":\"").append(1200 + i).append("\",\"type\":\"plans\",")
          .append("\"attributes\":{\"created_at\":\"2017-07-07T11:28:07.244+03:00\",")
          .append("\"updated_at\":\"2017-07-07T11:28:07.404+03:00\",\"status\":\"active\",\"name\":\"Plan ").append(i)
          .append("\",\"public\":true,\"reseller_id\":1}}");
    }
    return body.append("],\"links\":{\"next\":null}}").toString();
  }
}
