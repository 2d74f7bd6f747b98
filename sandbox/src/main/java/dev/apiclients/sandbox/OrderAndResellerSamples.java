package dev.apiclients.sandbox;

import static dev.apiclients.sandbox.ActivePlatformSamples.attributes;
import static dev.apiclients.sandbox.ActivePlatformSamples.paymentTimestamp;
import static dev.apiclients.sandbox.ActivePlatformSamples.timestamp;
import static dev.apiclients.sandbox.JsonApiDocuments.resource;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The rest of the ActivePlatform sample data: 150 orders (ids from 1001, document ids from the
 * operator guide's {@code SO000329}) of the sample subscriptions, each with one to three charges
 * and, once paid, a payment; reseller 1 and its three downstream resellers (2 and 3 below 1, 4
 * below 2); four manager roles; the 120 managers of reseller 1 ({@link SandboxData}) and 12
 * managers of the downstream resellers.
 */
final class OrderAndResellerSamples {

  static final int ORDER_COUNT = 150;
  static final long FIRST_ORDER_ID = 1001;

  private static final String[] TYPES = {"sales", "sales", "prolong", "renewal", "renewal", "change", "switch_plan"};
  private static final String[] STATUSES = {"completed", "completed", "completed", "completed", "completed",
      "waiting_for_payment", "cancelled", "provisioning", "waiting_for_provisioning", "provisioning_failed"};
  private static final String[][] RESELLERS = {
      {"1", null, "Sandbox Cloud Distribution", "cloud.example.com", "RUB", "Moscow", "RU", "Alexei", "Morozov"},
      {"2", "1", "Northwind Cloud", "northwind.example.com", "RUB", "Kazan", "RU", "Irina", "Volkova"},
      {"3", "1", "Contoso Partners", "contoso.example.com", "EUR", "Berlin", "DE", "Jonas", "Weber"},
      {"4", "2", "Fabrikam IT", "fabrikam.example.com", "RUB", "Samara", "RU", "Pavel", "Sokolov"}};

  private OrderAndResellerSamples() {}

  static void fill(ActivePlatformData data, Random random) {
    SandboxData.activePlatformManagers().forEach(m -> data.put(ActivePlatformData.MANAGERS, m));
    OffsetDateTime created = OffsetDateTime.of(2019, 1, 15, 11, 0, 0, 0, ActivePlatformSamples.ZONE);
    for (int n = 1; n <= 4; n++) {
      data.put(ActivePlatformData.ROLES, resource(String.valueOf(n), ActivePlatformData.ROLES, attributes(
          "created_at", timestamp(created.plusDays(n)), "updated_at", timestamp(created.plusDays(30 * n)),
          "name", n == 4 ? "System administrator" : "Access Level " + n, "reseller_id", 1)));
    }
    for (String[] r : RESELLERS) {
      reseller(data, r, created.plusDays(40L * Integer.parseInt(r[0])));
    }
    for (int n = 0; n < 12; n++) {
      int id = 601 + n;
      Map<String, Object> manager = SandboxData.apManager(id, timestamp(created.plusDays(60 + 9L * n)),
          timestamp(created.plusDays(90 + 9L * n)), "Manager " + id, n % 5 == 4 ? "inactive" : "active",
          "manager" + id + "@" + RESELLERS[1 + n % 3][3], n % 4 == 0 ? "admin" : "sales", 1 + n % 3,
          "Access Level " + (1 + n % 3), String.format(Locale.ROOT, "+7843%07d", 1000 + n), "/images/manager/"
          + id + "/manager.png", "", n % 2 == 0, "");
      ActivePlatformData.attributes(manager).put("reseller_id", 2 + n % 3);
      data.put(ActivePlatformData.CHILD_MANAGERS, manager);
    }
    List<Map<String, Object>> subscriptions = data.all(ActivePlatformData.SUBSCRIPTIONS);
    long chargeId = 70_001;
    for (int n = 0; n < ORDER_COUNT; n++) {
      Map<String, Object> subscription = subscriptions.get(random.nextInt(subscriptions.size()));
      chargeId = order(data, random, n, subscription, chargeId);
    }
  }

  private static void reseller(ActivePlatformData data, String[] r, OffsetDateTime created) {
    String stamp = timestamp(created);
    Map<String, Object> general = attributes("name", r[2], "domain", r[3], "currency", r[4],
        "manager", "Brendon Leannon", "created_at", stamp, "updated_at", stamp);
    Map<String, Object> company = attributes("name", r[2] + " Ltd", "address_line_1", "1 " + r[5] + " St",
        "address_line_2", null, "city", r[5], "state", null, "zip", "1000" + r[0], "country", r[6],
        "phone", "+7495000000" + r[0], "fax", null, "email", "office@" + r[3], "created_at", stamp,
        "updated_at", stamp);
    Map<String, Object> contacts = attributes("first-name", r[7], "last-name", r[8], "email",
        r[7].toLowerCase(Locale.ROOT) + "@" + r[3]);
    data.put(ActivePlatformData.RESELLERS, resource(r[0], ActivePlatformData.RESELLERS, attributes(
        "parent_id", r[1], "created_at", stamp, "updated_at", timestamp(created.plusDays(3)), "general", general,
        "company", company, "contacts", contacts)));
  }

  private static long order(ActivePlatformData data, Random random, int n, Map<String, Object> subscription,
      long firstChargeId) {
    String id = String.valueOf(FIRST_ORDER_ID + n);
    Map<String, Object> sub = ActivePlatformData.attributes(subscription);
    OffsetDateTime created = OffsetDateTime.parse((String) sub.get("created_at"))
        .plusDays(random.nextInt(500)).plusMinutes(random.nextInt(1440)).plusNanos(random.nextInt(1000) * 1_000_000L);
    String status = STATUSES[random.nextInt(STATUSES.length)];
    boolean closed = status.equals("completed") || status.equals("cancelled");
    OffsetDateTime updated = created.plusMinutes(5 + random.nextInt(3000));
    long chargeId = firstChargeId;
    BigDecimal total = BigDecimal.ZERO;
    for (int c = 0; c < 1 + random.nextInt(3); c++) {
      BigDecimal amount = BigDecimal.valueOf(5_000 + random.nextInt(200_000), 2);
      total = total.add(amount);
      data.put(ActivePlatformData.CHARGES, resource(String.valueOf(chargeId++), ActivePlatformData.CHARGES,
          attributes("order_id", Long.parseLong(id), "subscription_id", Long.parseLong((String) subscription.get("id")),
              "account_id", sub.get("account_id"), "amount", amount.toPlainString(), "currency", "RUB",
              "status", status.equals("completed") ? "closed" : "open",
              "description", (c == 0 ? sub.get("name") : c == 1 ? "Additional users" : "Additional storage"),
              "created_at", timestamp(created), "close_date", closed ? updated.toLocalDate().toString() : null)));
    }
    Long paymentId = null;
    if (status.equals("completed")) {
      paymentId = 5001L + n;
      data.put(ActivePlatformData.PAYMENTS, resource(String.valueOf(paymentId), ActivePlatformData.PAYMENTS,
          ActivePlatformOrders.payment(sub.get("account_id"), total, "paid",
              random.nextBoolean() ? "card" : "bank_transfer", paymentTimestamp(updated))));
    }
    data.put(ActivePlatformData.ORDERS, resource(id, ActivePlatformData.ORDERS, attributes(
        "created_at", timestamp(created), "updated_at", timestamp(updated),
        "document_id", String.format(Locale.ROOT, "SO%06d", 329 + n), "status", status,
        "account_id", sub.get("account_id"), "type", TYPES[random.nextInt(TYPES.length)],
        "closed_at", closed ? timestamp(updated) : null,
        "expiration_date", created.toLocalDate().plusDays(7).toString(),
        "provisioning_date", timestamp(created), "total", total.toPlainString(), "currency", "RUB",
        "subscription_id", Long.parseLong((String) subscription.get("id")), "payment_id", paymentId)));
    return chargeId;
  }
}
