package dev.apiclients.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * A stateful stand-in for Libib's REST API (accounts, managers, patrons), held in memory and
 * thread-safe (one lock: requests are served one at a time, as they are tiny).
 *
 * <p>Behaviour follows Libib's documentation: {@code x-api-key} and {@code x-api-user} on every
 * request; create and update take their fields as URL parameters; create, update and restore
 * answer 200 with the object, delete answers 204 without a body; a deleted patron is gone (404,
 * not listed) until {@code PATCH} restores it; patrons come 50 a page. See {@link Sandbox} for the
 * assumptions made where the documents are silent.
 */
final class LibibSandbox {

  /** The patron fields, in Libib's order. */
  static final List<String> PATRON_FIELDS = List.of("barcode", "first_name", "last_name", "email",
      "notification_emails", "tags", "patron_id", "phone", "address1", "address2", "city", "state", "country",
      "zip", "freeze");
  /** Patrons per page, fixed as on Libib. */
  static final int PER_PAGE = 50;
  /** Manager seats of the sandbox account (the owner does not take one). */
  static final int MANAGER_SEATS = 5;

  private static final Set<String> CREATABLE_ROLES = Set.of("admin", "manager", "lender");
  private static final Set<String> NOT_EMPTY_ON_UPDATE = Set.of("first_name", "last_name", "country", "barcode");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern TWO_LETTERS = Pattern.compile("[A-Za-z]{2}");

  /** A patron and what the sandbox knows beyond its fields. */
  private static final class PatronRecord {
    Map<String, Object> fields;
    boolean deleted;
    final boolean activeCheckouts;

    PatronRecord(Map<String, Object> fields, boolean activeCheckouts) {
      this.fields = fields;
      this.activeCheckouts = activeCheckouts;
    }
  }

  private final Map<String, Map<String, Object>> managers = new LinkedHashMap<>();
  private final List<PatronRecord> patrons = new ArrayList<>();
  private final LongSupplier nanoTime;
  private long nextBarcodeSequence = SandboxData.firstFreeBarcodeSequence();
  private long minIntervalNanos;
  private long lastAcceptedAt;
  private boolean anyAccepted;

  LibibSandbox(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
    for (Map<String, Object> manager : SandboxData.libibManagers()) {
      managers.put(key((String) manager.get("email")), new LinkedHashMap<>(manager));
    }
    for (Map<String, Object> patron : SandboxData.libibPatrons()) {
      patrons.add(new PatronRecord(patron, Sandbox.PATRON_WITH_CHECKOUTS.equals(patron.get("barcode"))));
    }
  }

  /** Turns Libib's rate limit on ({@code minInterval > 0}) or off ({@link Duration#ZERO}). */
  synchronized void rateLimit(Duration minInterval) {
    minIntervalNanos = minInterval.toNanos();
    anyAccepted = false;
  }

  synchronized SandboxResponse handle(SandboxRequest request) {
    if (!Sandbox.LIBIB_API_KEY.equals(request.header("x-api-key"))
        || !Sandbox.LIBIB_API_USER.equals(request.header("x-api-user"))) {
      return error(401, "Invalid API credentials");
    }
    SandboxResponse limited = rateLimited();
    if (limited != null) {
      return limited;
    }
    List<String> path = request.segments();
    if (path.isEmpty()) {
      return request.is("GET") ? SandboxResponse.json(200, Map.of("message", "Libib sandbox: credentials accepted"))
          : error(405, "Method not allowed");
    }
    return switch (path.get(0)) {
      case "accounts" -> path.size() > 1 ? error(404, "Not found")
          : request.is("GET") ? accounts() : error(405, "Method not allowed");
      case "managers" -> managers(request, path);
      case "patrons" -> patrons(request, path);
      default -> error(404, "Not found");
    };
  }

  private SandboxResponse rateLimited() {
    if (minIntervalNanos <= 0) {
      return null;
    }
    long now = nanoTime.getAsLong();
    long waited = now - lastAcceptedAt;
    if (anyAccepted && waited < minIntervalNanos) {
      long seconds = Math.max(1, (minIntervalNanos - waited + 999_999_999L) / 1_000_000_000L);
      return error(429, "Rate limit exceeded: one request every " + Duration.ofNanos(minIntervalNanos).toMillis()
          + " ms").withHeader("Retry-After", String.valueOf(seconds));
    }
    anyAccepted = true;
    lastAcceptedAt = now;
    return null;
  }

  private SandboxResponse accounts() {
    Map<String, Object> owner = managers.values().stream().filter(m -> "owner".equals(m.get("role")))
        .findFirst().orElseThrow();
    Map<String, Object> account = new LinkedHashMap<>();
    account.put("organization", "Sandbox Library");
    account.put("api_id", Sandbox.LIBIB_API_USER);
    account.put("email", owner.get("email"));
    account.put("first_name", owner.get("first_name"));
    account.put("last_name", owner.get("last_name"));
    account.put("manager_seats", MANAGER_SEATS);
    account.put("url", "sandboxlibrary.libib.com");
    account.put("authorized", 1);
    return SandboxResponse.json(200, Map.of("accounts", List.of(account)));
  }

  // ---------------------------------------------------------------- managers

  private SandboxResponse managers(SandboxRequest request, List<String> path) {
    if (path.size() == 1) {
      if (request.is("GET")) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", managers.size());
        body.put("managers", List.copyOf(managers.values()));
        return SandboxResponse.json(200, body);
      }
      return request.is("POST") ? createManager(request) : error(405, "Method not allowed");
    }
    if (path.size() != 2) {
      return error(404, "Not found");
    }
    String email = path.get(1);
    Map<String, Object> manager = managers.get(key(email));
    if (!request.is("GET") && !request.is("DELETE")) {
      return error(405, "Method not allowed");
    }
    if (manager == null) {
      return error(404, "Manager not found: " + email);
    }
    if (request.is("GET")) {
      return SandboxResponse.json(200, manager);
    }
    if ("owner".equals(manager.get("role"))) {
      return error(400, "You cannot remove the owner of the account: the owner must delete the account on the"
          + " Libib website");
    }
    managers.remove(key(email));
    return SandboxResponse.noContent();
  }

  private SandboxResponse createManager(SandboxRequest request) {
    for (String field : List.of("first_name", "last_name", "email", "password", "role")) {
      String value = request.param(field);
      if (value == null || value.isBlank()) {
        return error(400, field + " is required");
      }
    }
    if (request.param("password").length() < 8) {
      return error(400, "password must be at least 8 characters");
    }
    String role = request.param("role").strip().toLowerCase(Locale.ROOT);
    if (!CREATABLE_ROLES.contains(role)) {
      return error(400, "role must be one of admin, manager, lender");
    }
    String email = request.param("email").strip();
    if (!EMAIL.matcher(email).matches()) {
      return error(400, "email is not a valid email address");
    }
    if (managers.containsKey(key(email))) {
      return error(409, "A manager with email " + email + " already exists: email must be unique");
    }
    long seatsTaken = managers.values().stream().filter(m -> !"owner".equals(m.get("role"))).count();
    if (seatsTaken >= MANAGER_SEATS) {
      return error(400, "No open manager seats: all " + MANAGER_SEATS + " seats are taken");
    }
    Map<String, Object> manager = SandboxData.manager(request.param("first_name").strip(),
        request.param("last_name").strip(), email, role);
    managers.put(key(email), manager);
    return SandboxResponse.json(200, manager);
  }

  // ---------------------------------------------------------------- patrons

  private SandboxResponse patrons(SandboxRequest request, List<String> path) {
    if (path.size() == 1) {
      if (request.is("GET")) {
        return listPatrons(request.param("page"));
      }
      return request.is("POST") ? createPatron(request) : error(405, "Method not allowed");
    }
    if (path.size() != 2) {
      return error(404, "Not found");
    }
    String id = path.get(1);
    return switch (request.method()) {
      case "GET" -> {
        PatronRecord patron = findActive(id);
        yield patron == null ? patronNotFound(id) : SandboxResponse.json(200, patron.fields);
      }
      case "POST" -> updatePatron(id, request);
      case "DELETE" -> deletePatron(id);
      case "PATCH" -> restorePatron(id);
      default -> error(405, "Method not allowed");
    };
  }

  private SandboxResponse listPatrons(String pageText) {
    int page;
    try {
      page = pageText == null ? 1 : Integer.parseInt(pageText.strip());
    } catch (NumberFormatException e) {
      page = 0;
    }
    if (page < 1) {
      return error(400, "page must be a whole number from 1");
    }
    List<Map<String, Object>> visible = patrons.stream().filter(p -> !p.deleted).map(p -> p.fields).toList();
    int pages = (visible.size() + PER_PAGE - 1) / PER_PAGE;
    long from = (long) (page - 1) * PER_PAGE;
    List<Map<String, Object>> slice = from >= visible.size() ? List.of()
        : visible.subList((int) from, (int) Math.min(visible.size(), from + PER_PAGE));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", visible.size());
    body.put("pages", pages);
    body.put("max_per_page", PER_PAGE);
    body.put("patrons", slice);
    return SandboxResponse.json(200, body);
  }

  private SandboxResponse createPatron(SandboxRequest request) {
    for (String field : List.of("first_name", "last_name")) {
      String value = request.param(field);
      if (value == null || value.isBlank()) {
        return error(400, field + " is required");
      }
    }
    Map<String, Object> patron = SandboxData.emptyPatron(null);
    patron.put("country", "US");
    SandboxResponse invalid = apply(request.params(), patron, false);
    if (invalid != null) {
      return invalid;
    }
    boolean generated = patron.get("barcode") == null;
    if (generated) {
      patron.put("barcode", SandboxData.barcode(nextBarcodeSequence));
    }
    SandboxResponse conflict = conflict(patron, null);
    if (conflict != null) {
      return conflict;
    }
    if (generated) {
      nextBarcodeSequence++;
    }
    patrons.add(new PatronRecord(patron, false));
    return SandboxResponse.json(200, patron);
  }

  private SandboxResponse updatePatron(String id, SandboxRequest request) {
    PatronRecord record = findActive(id);
    if (record == null) {
      return patronNotFound(id);
    }
    Map<String, Object> updated = new LinkedHashMap<>(record.fields);
    SandboxResponse invalid = apply(request.params(), updated, true);
    if (invalid != null) {
      return invalid;
    }
    SandboxResponse conflict = conflict(updated, record);
    if (conflict != null) {
      return conflict;
    }
    record.fields = updated;
    return SandboxResponse.json(200, updated);
  }

  private SandboxResponse deletePatron(String id) {
    PatronRecord record = findActive(id);
    if (record == null) {
      return patronNotFound(id);
    }
    if (record.activeCheckouts) {
      return error(400, "Patron has active checkouts");
    }
    record.deleted = true;
    return SandboxResponse.noContent();
  }

  private SandboxResponse restorePatron(String id) {
    PatronRecord record = null;
    for (int i = patrons.size() - 1; i >= 0 && record == null; i--) {
      PatronRecord candidate = patrons.get(i);
      if (candidate.deleted && matches(candidate, id)) {
        record = candidate;
      }
    }
    if (record == null) {
      return findActive(id) != null ? error(400, "Patron is not deleted: nothing to restore") : patronNotFound(id);
    }
    SandboxResponse conflict = conflict(record.fields, record);
    if (conflict != null) {
      return error(409, "Patron cannot be restored: its email or barcode now belongs to another patron");
    }
    record.deleted = false;
    return SandboxResponse.json(200, record.fields);
  }

  /**
   * Copies the documented fields present in {@code params} into {@code patron}, validating them as
   * Libib documents; an empty value clears a field. Returns a 400 response, or null when valid.
   */
  private static SandboxResponse apply(Map<String, String> params, Map<String, Object> patron, boolean update) {
    for (Map.Entry<String, String> param : params.entrySet()) {
      String field = param.getKey();
      if (!PATRON_FIELDS.contains(field)) {
        continue;
      }
      String value = param.getValue().strip();
      if (value.isEmpty()) {
        if (update && NOT_EMPTY_ON_UPDATE.contains(field)) {
          return error(400, field + " cannot be empty");
        }
        patron.put(field, field.equals("country") ? "US" : null);
        continue;
      }
      switch (field) {
        case "freeze" -> {
          if (!value.equals("1") && !value.equals("0")) {
            return error(400, "freeze must be 1 or 0");
          }
          patron.put(field, Integer.valueOf(value));
        }
        case "country" -> {
          if (!TWO_LETTERS.matcher(value).matches()) {
            return error(400, "country must be a two-letter country code");
          }
          patron.put(field, value.toUpperCase(Locale.ROOT));
        }
        case "email" -> {
          if (!EMAIL.matcher(value).matches()) {
            return error(400, "email is not a valid email address");
          }
          patron.put(field, value);
        }
        case "notification_emails" -> {
          String[] emails = value.split(",");
          if (emails.length > 3) {
            return error(400, "notification_emails takes at most 3 emails");
          }
          for (String email : emails) {
            if (!EMAIL.matcher(email.strip()).matches()) {
              return error(400, "notification_emails: " + email.strip() + " is not a valid email address");
            }
          }
          patron.put(field, value);
        }
        default -> patron.put(field, value);
      }
    }
    Object state = patron.get("state");
    if ("US".equals(patron.get("country")) && state != null) {
      if (!TWO_LETTERS.matcher((String) state).matches()) {
        return error(400, "state must be the two-letter abbreviation when country is US");
      }
      patron.put("state", ((String) state).toUpperCase(Locale.ROOT));
    }
    return null;
  }

  /** A 409 when another active patron has the same email or barcode, else null. */
  private SandboxResponse conflict(Map<String, Object> patron, PatronRecord self) {
    for (PatronRecord other : patrons) {
      if (other == self || other.deleted) {
        continue;
      }
      if (patron.get("email") != null && other.fields.get("email") != null
          && ((String) patron.get("email")).equalsIgnoreCase((String) other.fields.get("email"))) {
        return error(409, "A patron with email " + patron.get("email") + " already exists: email must be unique");
      }
      if (patron.get("barcode").equals(other.fields.get("barcode"))) {
        return error(409, "A patron with barcode " + patron.get("barcode") + " already exists");
      }
    }
    return null;
  }

  private PatronRecord findActive(String barcodeOrEmail) {
    for (PatronRecord patron : patrons) {
      if (!patron.deleted && matches(patron, barcodeOrEmail)) {
        return patron;
      }
    }
    return null;
  }

  private static boolean matches(PatronRecord patron, String barcodeOrEmail) {
    Object email = patron.fields.get("email");
    return barcodeOrEmail.equals(patron.fields.get("barcode"))
        || email != null && barcodeOrEmail.equalsIgnoreCase((String) email);
  }

  private static SandboxResponse patronNotFound(String id) {
    return error(404, "Patron not found: " + id);
  }

  private static String key(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  private static SandboxResponse error(int status, String message) {
    return SandboxResponse.json(status, Map.of("error", message));
  }
}
