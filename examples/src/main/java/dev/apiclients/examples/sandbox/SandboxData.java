package dev.apiclients.examples.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sandbox's deterministic sample data: 137 Libib patrons and 120 ActivePlatform managers. */
final class SandboxData {

  static final int PATRON_COUNT = 137;
  static final int AP_MANAGER_COUNT = 120;

  private static final String[] FIRST = {"Jane", "Leo", "Toni", "Gabriel", "Ursula", "Haruki", "Chinua", "Virginia",
      "Jorge", "Octavia", "Italo", "Zadie", "Fyodor", "Isabel", "Kazuo", "Ngozi", "Albert", "Sylvia", "Orhan", "Clarice"};
  private static final String[] LAST = {"Austen", "Tolstoy", "Morrison", "Marquez", "Le Guin", "Murakami", "Achebe",
      "Woolf", "Borges", "Butler", "Calvino", "Smith", "Dostoevsky", "Allende", "Ishiguro", "Adichie", "Camus",
      "Plath", "Pamuk", "Lispector"};
  private static final String[] CITIES = {"Augusta", "Springfield", "Portland", "Madison", "Salem", "Dover", "Helena"};
  private static final String[] STATES = {"KS", "IL", "OR", "WI", "MA", "DE", "MT"};
  private static final String[] ROLES = {"admin", "sales", "support", "billing"};

  private SandboxData() {}

  /** The patrons: the two of Libib's documentation first, then generated ones. */
  static List<Map<String, Object>> libibPatrons() {
    List<Map<String, Object>> patrons = new ArrayList<>();
    patrons.add(patron("2020000000013", "Mary", "Shelley", "frankenstein@example.com", "mshelley", "555-123-4567",
        "Augusta", "KS", "US", null));
    patrons.add(patron("2020000000037", "Marcus", "Aurelius", "meditations@example.com", null, null,
        null, null, "US", 1));
    for (int i = 3; i <= PATRON_COUNT; i++) {
      String first = FIRST[i % FIRST.length];
      String last = LAST[(i * 7) % LAST.length];
      String email = (first + "." + last).toLowerCase().replace(' ', '-') + i + "@example.com";
      patrons.add(patron(String.valueOf(2020000000100L + i), first, last, email, "p" + i,
          "555-01" + String.format("%02d", i % 100), CITIES[i % CITIES.length], STATES[i % STATES.length], "US",
          i % 11 == 0 ? 1 : null));
    }
    return patrons;
  }

  private static Map<String, Object> patron(String barcode, String first, String last, String email, String patronId,
      String phone, String city, String state, String country, Integer freeze) {
    Map<String, Object> patron = new LinkedHashMap<>();
    patron.put("barcode", barcode);
    patron.put("first_name", first);
    patron.put("last_name", last);
    patron.put("email", email);
    patron.put("notification_emails", null);
    patron.put("tags", null);
    patron.put("patron_id", patronId);
    patron.put("phone", phone);
    patron.put("address1", null);
    patron.put("address2", null);
    patron.put("city", city);
    patron.put("state", state);
    patron.put("country", country);
    patron.put("zip", null);
    patron.put("freeze", freeze);
    return patron;
  }

  /** The ActivePlatform managers of reseller 1 as JSON:API resources, ids 431 to 550. */
  static List<Map<String, Object>> activePlatformManagers() {
    List<Map<String, Object>> managers = new ArrayList<>();
    for (int i = 0; i < AP_MANAGER_COUNT; i++) {
      int id = 431 + i;
      String first = FIRST[(i * 3) % FIRST.length];
      String last = LAST[(i * 5 + 1) % LAST.length];
      Map<String, Object> attributes = new LinkedHashMap<>();
      String day = String.format("%02d", 1 + i % 28);
      attributes.put("created_at", "2021-01-" + day + "T05:28:48.804+03:00");
      attributes.put("updated_at", "2021-02-" + day + "T06:23:10.815+03:00");
      attributes.put("reseller_id", 1);
      attributes.put("name", first + " " + last);
      attributes.put("status", i % 9 == 4 ? "inactive" : "active");
      attributes.put("email", (first + "." + last).toLowerCase().replace(' ', '-') + id + "@example.net");
      attributes.put("role", ROLES[i % ROLES.length]);
      Map<String, Object> accessLevel = new LinkedHashMap<>();
      accessLevel.put("id", i % ROLES.length == 0 ? null : i % 3 + 1);
      accessLevel.put("name", i % ROLES.length == 0 ? null : "Access Level " + (i % 3 + 1));
      attributes.put("manager_role", accessLevel);
      attributes.put("phone", "+3752" + (70000000 + i));
      attributes.put("photo", "/images/manager/" + id + "/manager.png");
      attributes.put("manager_key", i % 4 == 1 ? "key" + id : "");
      attributes.put("mfa_required", i % 2 == 0);
      attributes.put("custom_attributes", Map.of("manager_1c_identifier", i % 5 == 0 ? "" : String.valueOf(i)));
      Map<String, Object> resource = new LinkedHashMap<>();
      resource.put("id", String.valueOf(id));
      resource.put("type", "managers");
      resource.put("attributes", attributes);
      managers.add(resource);
    }
    return managers;
  }
}
