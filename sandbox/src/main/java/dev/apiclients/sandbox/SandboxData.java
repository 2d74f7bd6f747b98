package dev.apiclients.sandbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The sandbox's sample data, the same on every run: Libib's documented managers and patrons plus
 * generated patrons (137 in all), and 120 ActivePlatform managers of reseller 1 whose first two are
 * the API document's response example.
 */
final class SandboxData {

  /** How many patrons the Libib sandbox starts with. */
  static final int PATRON_COUNT = 137;
  /** How many managers reseller 1 has in the ActivePlatform sandbox. */
  static final int AP_MANAGER_COUNT = 120;
  /** The id of the first ActivePlatform manager (the document's example starts at 431). */
  static final int AP_FIRST_MANAGER_ID = 431;

  private static final String[] PATRON_FIRST = {"Emma", "Liam", "Olivia", "Noah", "Ava", "Ethan", "Sophia",
      "Mason", "Isabella", "Lucas", "Mia", "Logan", "Amelia", "Elijah", "Harper", "Aiden", "Evelyn", "Caleb",
      "Abigail", "Owen", "Grace", "Wyatt", "Chloe", "Henry", "Nora", "Julian", "Hazel", "Mateo", "Aaliyah",
      "Theo", "Priya", "Diego", "Mei", "Kwame", "Fatima", "Jonas", "Ingrid", "Rafael", "Yuki", "Amara"};
  private static final String[] PATRON_LAST = {"Johnson", "Williams", "Brown", "Garcia", "Miller", "Davis",
      "Rodriguez", "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
      "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker",
      "Young", "Allen", "King", "Wright", "Scott", "Nguyen", "Patel", "Okafor", "Kowalski", "Novak", "Ibrahim"};
  private static final String[][] TOWNS = {
      {"Augusta", "KS", "67010"}, {"Springfield", "IL", "62701"}, {"Portland", "OR", "97201"},
      {"Madison", "WI", "53703"}, {"Salem", "MA", "01970"}, {"Dover", "DE", "19901"},
      {"Helena", "MT", "59601"}, {"Burlington", "VT", "05401"}, {"Boulder", "CO", "80302"},
      {"Asheville", "NC", "28801"}, {"Ann Arbor", "MI", "48104"}, {"Santa Fe", "NM", "87501"}};
  private static final String[] STREETS = {"Maple St", "Oak Ave", "Library Ln", "Elm St", "Cedar Rd",
      "Main St", "Willow Way", "Park Ave", "Birch Ct", "Chestnut St"};
  private static final String[] TAGS = {"student", "staff", "book club", "teacher", "volunteer", "student,book club"};

  private static final String[] AP_FIRST = {"Alysha", "Dangelo", "Kaylee", "Marlon", "Rosalind", "Emmett",
      "Lavinia", "Hector", "Imani", "Jovan", "Katrina", "Lucius", "Mireille", "Nadia", "Oskar", "Petra",
      "Quentin", "Rhea", "Soren", "Talia", "Ulrich", "Verna", "Wendell", "Ximena", "Yusuf", "Zelda", "Brenna",
      "Cortez", "Delphine", "Easton"};
  private static final String[] AP_LAST = {"Kuhn", "Bashirian", "Schowalter", "Okuneva", "Wintheiser",
      "Hermiston", "Gutkowski", "Rempel", "Lubowitz", "Feeney", "Kertzmann", "Dach", "Huels", "Jerde",
      "Macejkovic", "Ondricka", "Reichert", "Stroman", "Veum", "Wuckert", "Ziemann", "Leannon", "Corwin",
      "Bogisich", "Hettinger"};
  private static final String[] AP_ROLES = {"admin", "sales", "support", "sales", "billing", "support", "sales"};
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

  private SandboxData() {}

  /**
   * Libib's barcode for a sequence number: {@code 2020} and the number over 12 digits, then an
   * EAN-13 check digit ({@code 1 -> 2020000000013}, {@code 3 -> 2020000000037}, as in the documents).
   */
  static String barcode(long sequence) {
    String digits = String.format(Locale.ROOT, "2020%08d", sequence);
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return digits + (10 - sum % 10) % 10;
  }

  /** The first barcode sequence number free for patrons created in the sandbox. */
  static long firstFreeBarcodeSequence() {
    return PATRON_COUNT + 2;
  }

  /** The managers of Libib's documents, in their order (owner first). */
  static List<Map<String, Object>> libibManagers() {
    return List.of(
        manager("Larry", "McMurtry", "lonesome@example.com", "owner"),
        manager("Samwise", "Gamgee", "samthewise@example.com", "lender"),
        manager("Anaïs", "Nin", "angela@example.com", "admin"));
  }

  /** A Libib manager object. */
  static Map<String, Object> manager(String first, String last, String email, String role) {
    Map<String, Object> manager = new LinkedHashMap<>();
    manager.put("first_name", first);
    manager.put("last_name", last);
    manager.put("email", email);
    manager.put("role", role);
    return manager;
  }

  /** The patrons: the two of Libib's documents first, exactly as documented, then generated ones. */
  static List<Map<String, Object>> libibPatrons() {
    List<Map<String, Object>> patrons = new ArrayList<>();
    Map<String, Object> mary = emptyPatron(barcode(1));
    mary.put("first_name", "Mary");
    mary.put("last_name", "Shelley");
    mary.put("email", "frankenstein@example.com");
    mary.put("patron_id", "mshelley");
    mary.put("phone", "555-123-4567");
    mary.put("city", "Augusta");
    mary.put("state", "KS");
    mary.put("country", "US");
    patrons.add(mary);
    Map<String, Object> marcus = emptyPatron(barcode(3));
    marcus.put("first_name", "Marcus");
    marcus.put("last_name", "Aurelius");
    marcus.put("email", "meditations@example.com");
    marcus.put("country", "US");
    marcus.put("freeze", 1);
    patrons.add(marcus);

    Random random = new Random(2020);
    for (int n = 3; n <= PATRON_COUNT; n++) {
      String first = PATRON_FIRST[random.nextInt(PATRON_FIRST.length)];
      String last = PATRON_LAST[random.nextInt(PATRON_LAST.length)];
      String[] town = TOWNS[random.nextInt(TOWNS.length)];
      Map<String, Object> patron = emptyPatron(barcode(n + 1));
      patron.put("first_name", first);
      patron.put("last_name", last);
      patron.put("email", (first + "." + last).toLowerCase(Locale.ROOT) + n + "@example.com");
      patron.put("notification_emails", random.nextInt(10) == 0 ? "family." + last.toLowerCase(Locale.ROOT)
          + "@example.org" : null);
      patron.put("tags", random.nextInt(3) == 0 ? TAGS[random.nextInt(TAGS.length)] : null);
      patron.put("patron_id", random.nextInt(2) == 0 ? String.format(Locale.ROOT, "P%05d", 1000 + n) : null);
      patron.put("phone", random.nextInt(4) == 0 ? null
          : String.format(Locale.ROOT, "555-%03d-%04d", 100 + random.nextInt(900), random.nextInt(10000)));
      patron.put("address1", (10 + random.nextInt(990)) + " " + STREETS[random.nextInt(STREETS.length)]);
      patron.put("address2", random.nextInt(6) == 0 ? "Apt " + (1 + random.nextInt(20)) : null);
      patron.put("city", town[0]);
      patron.put("state", town[1]);
      patron.put("country", "US");
      patron.put("zip", town[2]);
      patron.put("freeze", random.nextInt(12) == 0 ? 1 : null);
      patrons.add(patron);
    }
    return patrons;
  }

  /** A patron with every documented field, all null but the barcode. */
  static Map<String, Object> emptyPatron(String barcode) {
    Map<String, Object> patron = new LinkedHashMap<>();
    for (String field : PatronRules.PATRON_FIELDS) {
      patron.put(field, null);
    }
    patron.put("barcode", barcode);
    return patron;
  }

  /**
   * The ActivePlatform managers of reseller 1 as JSON:API resources, ids 431 to 550. The first two
   * are the API document's response example, attribute for attribute.
   */
  static List<Map<String, Object>> activePlatformManagers() {
    List<Map<String, Object>> managers = new ArrayList<>();
    managers.add(apManager(431, "2021-01-05T05:28:48.804+03:00", "2021-01-05T06:23:10.815+03:00", "Brendon Leannon",
        "active", "carter81@example.net", "admin", null, null, "+375280000000", "/images/manager/431/manager.png",
        "", true, ""));
    managers.add(apManager(432, "2021-01-08T21:33:32.789+03:00", "2021-01-08T21:34:29.005+03:00", "Trycia Corwin",
        "active", "tryciacorwin71@example.net", "sales", 1, "Access Level 1", "+375270000000",
        "/images/manager/432/432.jpg", "", true, "20"));

    Random random = new Random(431);
    Set<String> emails = new HashSet<>(List.of("carter81@example.net", "tryciacorwin71@example.net"));
    OffsetDateTime created = OffsetDateTime.of(2021, 1, 11, 9, 12, 5, 311_000_000, ZoneOffset.ofHours(3));
    for (int id = AP_FIRST_MANAGER_ID + 2; id < AP_FIRST_MANAGER_ID + AP_MANAGER_COUNT; id++) {
      String first = AP_FIRST[random.nextInt(AP_FIRST.length)];
      String last = AP_LAST[random.nextInt(AP_LAST.length)];
      String role = AP_ROLES[random.nextInt(AP_ROLES.length)];
      boolean admin = role.equals("admin");
      int level = 1 + random.nextInt(3);
      created = created.plusHours(7 + random.nextInt(90)).plusSeconds(random.nextInt(3600))
          .plusNanos(random.nextInt(1000) * 1_000_000L);
      OffsetDateTime updated = random.nextInt(3) == 0 ? created
          : created.plusMinutes(1 + random.nextInt(60 * 24 * 30)).plusNanos(random.nextInt(1000) * 1_000_000L);
      String email = (first + last).toLowerCase(Locale.ROOT) + (10 + random.nextInt(90)) + "@example.net";
      while (!emails.add(email)) {
        email = random.nextInt(10) + email;
      }
      managers.add(apManager(id, TIMESTAMP.format(created), TIMESTAMP.format(updated), first + " " + last,
          random.nextInt(8) == 0 ? "inactive" : "active", email, role,
          admin ? null : level, admin ? null : "Access Level " + level,
          String.format(Locale.ROOT, "+3752%d%07d", 5 + random.nextInt(5), random.nextInt(10_000_000)),
          "/images/manager/" + id + "/manager.png",
          random.nextInt(4) == 0 ? (first.toLowerCase(Locale.ROOT) + (10 + random.nextInt(90))) : "",
          random.nextInt(3) != 0,
          random.nextInt(3) == 0 ? "" : String.valueOf(20 + id - AP_FIRST_MANAGER_ID)));
    }
    return managers;
  }

  /** An ActivePlatform manager resource of reseller 1, shaped like the document's example. */
  static Map<String, Object> apManager(int id, String createdAt, String updatedAt, String name, String status,
      String email, String role, Integer levelId, String levelName, String phone, String photo, String managerKey,
      boolean mfaRequired, String oneCIdentifier) {
    Map<String, Object> managerRole = new LinkedHashMap<>();
    managerRole.put("id", levelId);
    managerRole.put("name", levelName);
    Map<String, Object> customAttributes = new LinkedHashMap<>();
    customAttributes.put("manager_1c_identifier", oneCIdentifier);
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("created_at", createdAt);
    attributes.put("updated_at", updatedAt);
    attributes.put("reseller_id", 1);
    attributes.put("name", name);
    attributes.put("status", status);
    attributes.put("email", email);
    attributes.put("role", role);
    attributes.put("manager_role", managerRole);
    attributes.put("phone", phone);
    attributes.put("photo", photo);
    attributes.put("manager_key", managerKey);
    attributes.put("mfa_required", mfaRequired);
    attributes.put("custom_attributes", customAttributes);
    Map<String, Object> resource = new LinkedHashMap<>();
    resource.put("id", String.valueOf(id));
    resource.put("type", "managers");
    resource.put("attributes", attributes);
    return resource;
  }
}
