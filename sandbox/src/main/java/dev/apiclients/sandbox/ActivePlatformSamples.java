package dev.apiclients.sandbox;

import static dev.apiclients.sandbox.JsonApiDocuments.resource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The ActivePlatform sample data of reseller 1, the same on every run: 130 accounts (ids from
 * 523, the documents' example id), about 200 subscriptions of 10 plans (the first plan is the
 * documents' 1200 "G Suite Business"), each with a period and one or two resources, and the plan
 * categories. Orders, resellers, roles and managers come from {@link OrderAndResellerSamples}.
 * Timestamps carry {@code +03:00}; every seventh account's {@code updated_at} is written {@code
 * +0300}, as one document example is.
 */
final class ActivePlatformSamples {

  static final int ACCOUNT_COUNT = 130;
  static final long FIRST_ACCOUNT_ID = 523;
  static final long FIRST_SUBSCRIPTION_ID = 3_007_095;
  static final long FIRST_PLAN_ID = 1200;
  /** The platform's zone offset, for timestamps and for filter values without one. */
  static final ZoneOffset ZONE = ZoneOffset.ofHours(3);

  private static final DateTimeFormatter COLON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
  private static final DateTimeFormatter NO_COLON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXX");
  /** Payments write {@code +0300} and microseconds, as the documents' payment example does. */
  private static final DateTimeFormatter PAYMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXX");

  private static final String[] COMPANIES = {"Acme", "Vostok", "Sever", "Polyus", "Orion", "Granit", "Kedr",
      "Altair", "Rassvet", "Zenit", "Volga", "Baikal", "Sigma", "Vektor", "Avrora", "Lotos", "Tayga", "Meridian"};
  private static final String[] FORMS = {"LLC", "JSC", "Group", "Trading", "Consulting", "Logistics"};
  /** Names alternate male and female, so that first, middle and last names agree. */
  private static final String[] FIRST = {"Ivan", "Olga", "Sergey", "Anna", "Dmitry", "Elena", "Pavel", "Maria",
      "Nikolai", "Tatiana", "Alexei", "Irina", "Mikhail", "Svetlana", "Andrei", "Natalia"};
  private static final String[] MIDDLE = {"Petrovich", "Ivanovna", "Sergeevich", "Andreevna", "Pavlovich",
      "Nikolaevna", "Mikhailovich", "Dmitrievna"};
  private static final String[] LAST = {"Ivanov", "Smirnova", "Kuznetsov", "Popova", "Sokolov", "Lebedeva",
      "Kozlov", "Novikova", "Morozov", "Petrova", "Volkov", "Solovyova", "Vasiliev", "Zaitseva"};
  private static final String[][] CITIES = {{"Moscow", "Moscow", "125009"}, {"Saint Petersburg",
      "Saint Petersburg", "190000"}, {"Kazan", "Tatarstan", "420111"}, {"Novosibirsk", "Novosibirsk Oblast",
      "630099"}, {"Yekaterinburg", "Sverdlovsk Oblast", "620014"}, {"Samara", "Samara Oblast", "443100"}};
  private static final String[] STREETS = {"Tverskaya", "Nevsky prospekt", "Baumana", "Krasny prospekt",
      "Lenina", "Kuibysheva", "Sadovaya", "Mira"};
  private static final String[][] PLANS = {
      {"G Suite Business", "1", "recurring"}, {"Microsoft 365 Business Basic", "1", "recurring"},
      {"Microsoft 365 Business Standard", "1", "recurring"}, {"Google Workspace Business Starter", "1", "recurring"},
      {"Kaspersky Endpoint Security Cloud", "2", "recurring"}, {"Acronis Cyber Protect Cloud", "3", "usage"},
      {"Yandex 360 for Business", "1", "recurring"}, {"Zoom Pro", "4", "recurring"},
      {"1C:Fresh Accounting", "1", "recurring"}, {"Dr.Web Security Space", "2", "one_time"}};
  private static final String[] CATEGORIES = {"Office and collaboration", "Security", "Backup", "Communications"};
  private static final String[] SUBSCRIPTION_STATUSES = {"active", "active", "active", "active", "active",
      "active", "stopped", "graced", "waiting_for_manual_approve", "installing", "renewing", "deleted"};

  private ActivePlatformSamples() {}

  /** Fills the tables of reseller 1's customers, then the rest from {@link OrderAndResellerSamples}. */
  static void fill(ActivePlatformData data) {
    for (int n = 0; n < CATEGORIES.length; n++) {
      data.put(ActivePlatformData.PLAN_CATEGORIES, resource(String.valueOf(n + 1), ActivePlatformData.PLAN_CATEGORIES,
          attributes("name", CATEGORIES[n], "position", n + 1)));
    }
    Random random = new Random(1200);
    OffsetDateTime created = OffsetDateTime.of(2019, 2, 4, 9, 30, 0, 120_000_000, ZONE);
    for (int n = 0; n < PLANS.length; n++) {
      long id = FIRST_PLAN_ID + n;
      created = created.plusDays(20 + random.nextInt(60));
      Map<String, Object> plan = attributes("created_at", COLON.format(created),
          "updated_at", COLON.format(created.plusDays(random.nextInt(400))), "status", n == 9 ? "inactive" : "active",
          "name", PLANS[n][0], "description", PLANS[n][0] + ", billed monthly per user", "public", n != 8,
          "plan_class_id", 1 + n % 3, "product_id", 10 + n, "billing_type", PLANS[n][2],
          "ancestry", n % 4 == 3 ? "1" : null, "reseller_id", 1, "fixed_price", n % 3 == 0,
          "sku", String.format(Locale.ROOT, "SKU-%04d", 1200 + n), "plan_category_id", Long.parseLong(PLANS[n][1]));
      ActivePlatformCatalog.describe(id, plan);
      data.put(ActivePlatformData.PLANS, resource(String.valueOf(id), ActivePlatformData.PLANS, plan));
    }
    created = OffsetDateTime.of(2020, 8, 5, 5, 44, 55, 355_000_000, ZONE);
    long subscriptionId = FIRST_SUBSCRIPTION_ID;
    for (int n = 0; n < ACCOUNT_COUNT; n++) {
      String id = String.valueOf(FIRST_ACCOUNT_ID + n);
      created = created.plusHours(3 + random.nextInt(140)).plusSeconds(random.nextInt(3600));
      account(data, random, id, n, created);
      int subscriptions = 1 + random.nextInt(2);
      for (int s = 0; s < subscriptions; s++) {
        subscription(data, random, String.valueOf(subscriptionId++), id,
            created.plusDays(random.nextInt(30)).plusMinutes(random.nextInt(600)));
      }
    }
    OrderAndResellerSamples.fill(data, new Random(1001));
  }

  private static void account(ActivePlatformData data, Random random, String id, int n, OffsetDateTime created) {
    String company = COMPANIES[random.nextInt(COMPANIES.length)] + " " + FORMS[random.nextInt(FORMS.length)];
    int person = random.nextInt(FIRST.length);
    String first = FIRST[person];
    String last = LAST[2 * random.nextInt(LAST.length / 2) + person % 2];
    String[] city = CITIES[random.nextInt(CITIES.length)];
    String email = (first.charAt(0) + "." + last).toLowerCase(Locale.ROOT) + n + "@example.ru";
    OffsetDateTime updated = created.plusDays(random.nextInt(200)).plusMinutes(random.nextInt(1440));
    data.put(ActivePlatformData.ACCOUNTS, resource(id, ActivePlatformData.ACCOUNTS, attributes(
        "created_at", COLON.format(created), "updated_at", (n % 7 == 3 ? NO_COLON : COLON).format(updated),
        "reseller_id", 1, "name", company + " " + (n + 1), "account_class_id", 1 + random.nextInt(2),
        "primary_name", company, "first_name", first,
        "middle_name", MIDDLE[2 * random.nextInt(MIDDLE.length / 2) + person % 2],
        "last_name", last, "country", "RU", "region", city[1], "city", city[0],
        "street", STREETS[random.nextInt(STREETS.length)], "building", String.valueOf(1 + random.nextInt(60)),
        "office", String.valueOf(100 + random.nextInt(400)), "zip", city[2],
        "phone", String.format(Locale.ROOT, "+7495%07d", random.nextInt(10_000_000)), "email", email,
        "inn", String.format(Locale.ROOT, "77%08d", 10_000_000 + n * 7919))));
    data.attachUser(email, id);
    if (n % 10 == 0) {
      data.attachUser("it.support@msp.example.com", id);
    }
  }

  private static void subscription(ActivePlatformData data, Random random, String id, String accountId,
      OffsetDateTime created) {
    String planId = String.valueOf(FIRST_PLAN_ID + random.nextInt(PLANS.length));
    String plan = (String) ActivePlatformData.attribute(data.find(ActivePlatformData.PLANS, planId), "name");
    boolean trial = random.nextInt(8) == 0;
    boolean yearly = random.nextBoolean();
    LocalDate start = created.toLocalDate();
    data.put(ActivePlatformData.SUBSCRIPTIONS, resource(id, ActivePlatformData.SUBSCRIPTIONS, attributes(
        "created_at", COLON.format(created), "updated_at", COLON.format(created.plusMinutes(41)),
        "plan_id", Long.parseLong(planId), "account_id", Long.parseLong(accountId),
        "name", planId + " " + plan + " " + accountId + ".example.ru", "trial", trial,
        "status", SUBSCRIPTION_STATUSES[random.nextInt(SUBSCRIPTION_STATUSES.length)],
        "start_date", start.toString(), "expiration_date", (trial ? start.plusDays(30)
            : yearly ? start.plusYears(1) : start.plusMonths(1)).toString(),
        "payment_model", random.nextInt(4) == 0 ? "postpay" : "prepay", "promo_code", null)));
    Map<String, Object> attributes = ActivePlatformData.attributes(data.find(ActivePlatformData.SUBSCRIPTIONS, id));
    long periodId = Long.parseLong(planId) * 10 + (yearly ? 2 : 1);
    attributes.put("plan_period_id", periodId);
    attributes.put("renewal_settings", ActivePlatformCatalog.renewalSettings());
    ActivePlatformCatalog.refreshAbility(attributes);
    int price = (yearly ? 12 : 1) * (150 + random.nextInt(20) * 50);
    data.put(ActivePlatformData.PERIODS, resource(id, ActivePlatformData.PERIODS, attributes(
        "subscription_id", Long.parseLong(id), "plan_period_id", periodId, "period", 1,
        "unit", yearly ? "year" : "month",
        "price", price + ".00", "currency", "RUB")));
    String[] names = {"Users", "Storage, GB"};
    long firstResource = 901 + 2 * (Long.parseLong(id) - FIRST_SUBSCRIPTION_ID);
    for (int r = 0; r < 1 + random.nextInt(2); r++) {
      int amount = r == 0 ? 1 + random.nextInt(50) : 10 * (1 + random.nextInt(100));
      ActivePlatformCatalog.Resource sold = ActivePlatformCatalog.resources(Long.parseLong(planId)).get(r);
      data.put(ActivePlatformData.SUBSCRIPTION_RESOURCES, resource(String.valueOf(firstResource + r),
          ActivePlatformData.SUBSCRIPTION_RESOURCES, attributes("subscription_id", Long.parseLong(id),
              "plan_resource_id", sold.id(), "name", names[r], "included", sold.included(),
              "additional", amount - sold.included(), "amount", amount)));
    }
  }

  /** A timestamp as the samples write it ({@code +03:00}). */
  static String timestamp(OffsetDateTime time) {
    return COLON.format(time);
  }

  /** A payment's timestamp: {@code +0300} without a colon, microseconds. */
  static String paymentTimestamp(OffsetDateTime time) {
    return PAYMENT.format(time);
  }

  /** An ordered attribute map from name, value pairs (values may be null). */
  static Map<String, Object> attributes(Object... pairs) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      attributes.put((String) pairs[i], pairs[i + 1]);
    }
    return attributes;
  }
}
