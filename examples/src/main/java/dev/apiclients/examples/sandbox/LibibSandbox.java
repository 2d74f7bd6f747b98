package dev.apiclients.examples.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A stateful stand-in for Libib's REST API: accounts, managers and patrons, held in memory.
 *
 * <p>Behaviour follows Libib's documentation: {@code x-api-key} and {@code x-api-user} are
 * required on every request (401 otherwise); create and update take their fields as URL query
 * parameters; delete answers 204; a deleted patron is gone (404) until restored with {@code PATCH};
 * patrons are listed 50 a page. Assumptions where the documents are silent: errors are JSON
 * objects {@code {"error": "..."}}, and create answers 200 with the created object.
 */
final class LibibSandbox {

  static final int PER_PAGE = 50;
  static final int MANAGER_SEATS = 5;
  private static final List<String> PATRON_FIELDS = List.of("barcode", "first_name", "last_name", "email",
      "notification_emails", "tags", "patron_id", "phone", "address1", "address2", "city", "state", "country",
      "zip", "freeze");
  private static final Set<String> CREATABLE_ROLES = Set.of("admin", "manager", "lender");

  private final Map<String, Map<String, Object>> managers = new LinkedHashMap<>();
  private final List<Map<String, Object>> patrons = new ArrayList<>();
  private final Map<Map<String, Object>, Boolean> deleted = new java.util.IdentityHashMap<>();
  private long nextBarcode = 2020000001000L;

  LibibSandbox() {
    manager("Larry", "McMurtry", "lonesome@example.com", "owner");
    manager("Samwise", "Gamgee", "samthewise@example.com", "lender");
    manager("Anaïs", "Nin", "angela@example.com", "admin");
    patrons.addAll(SandboxData.libibPatrons());
  }

  synchronized SandboxResponse handle(SandboxRequest request) {
    if (!Sandbox.LIBIB_API_KEY.equals(request.header("x-api-key"))
        || !Sandbox.LIBIB_API_USER.equals(request.header("x-api-user"))) {
      return error(401, "Invalid API credentials: send x-api-key and x-api-user");
    }
    List<String> path = request.segments();
    String method = request.method();
    if (path.isEmpty()) {
      return error(404, "Not found");
    }
    return switch (path.get(0)) {
      case "accounts" -> path.size() == 1 && method.equals("GET") ? accounts() : notFoundOrNotAllowed(path.size() == 1);
      case "managers" -> managers(method, path, request.query());
      case "patrons" -> patrons(method, path, request.query());
      default -> error(404, "Not found");
    };
  }

  private SandboxResponse accounts() {
    Map<String, Object> account = new LinkedHashMap<>();
    account.put("organization", "Sandbox Library");
    account.put("api_id", Sandbox.LIBIB_API_USER);
    account.put("email", "lonesome@example.com");
    account.put("first_name", "Larry");
    account.put("last_name", "McMurtry");
    account.put("manager_seats", MANAGER_SEATS);
    account.put("url", "sandbox-library");
    account.put("authorized", 1);
    return SandboxResponse.json(200, Map.of("accounts", List.of(account)));
  }

  private SandboxResponse managers(String method, List<String> path, Map<String, String> query) {
    if (path.size() == 1) {
      if (method.equals("GET")) {
        return SandboxResponse.json(200, Map.of("total", managers.size(), "managers", List.copyOf(managers.values())));
      }
      if (method.equals("POST")) {
        return createManager(query);
      }
      return error(405, "Method not allowed");
    }
    if (path.size() != 2) {
      return error(404, "Not found");
    }
    Map<String, Object> manager = managers.get(path.get(1).toLowerCase(Locale.ROOT));
    return switch (method) {
      case "GET" -> manager == null ? error(404, "Manager not found") : SandboxResponse.json(200, manager);
      case "DELETE" -> {
        if (manager == null) {
          yield error(404, "Manager not found");
        }
        if ("owner".equals(manager.get("role"))) {
          yield error(400, "The owner cannot be removed; delete the account on the Libib website instead");
        }
        managers.remove(path.get(1).toLowerCase(Locale.ROOT));
        yield SandboxResponse.noContent();
      }
      default -> error(405, "Method not allowed");
    };
  }

  private SandboxResponse createManager(Map<String, String> query) {
    for (String field : List.of("first_name", "last_name", "email", "password", "role")) {
      if (query.getOrDefault(field, "").isBlank()) {
        return error(400, "Missing required field: " + field);
      }
    }
    if (query.get("password").length() < 8) {
      return error(400, "The password must be at least 8 characters");
    }
    String role = query.get("role").toLowerCase(Locale.ROOT);
    if (!CREATABLE_ROLES.contains(role)) {
      return error(400, "Invalid role: use admin, manager or lender");
    }
    String email = query.get("email").toLowerCase(Locale.ROOT);
    if (managers.containsKey(email)) {
      return error(400, "A manager with this email already exists");
    }
    if (managers.size() - 1 >= MANAGER_SEATS) {
      return error(400, "No open manager seats");
    }
    return SandboxResponse.json(200, manager(query.get("first_name"), query.get("last_name"), query.get("email"), role));
  }

  private SandboxResponse patrons(String method, List<String> path, Map<String, String> query) {
    if (path.size() == 1) {
      if (method.equals("GET")) {
        return listPatrons(query.getOrDefault("page", "1"));
      }
      if (method.equals("POST")) {
        return createPatron(query);
      }
      return error(405, "Method not allowed");
    }
    if (path.size() != 2) {
      return error(404, "Not found");
    }
    Map<String, Object> patron = find(path.get(1));
    if (patron == null) {
      return error(404, "Patron not found");
    }
    boolean isDeleted = deleted.containsKey(patron);
    return switch (method) {
      case "GET" -> isDeleted ? error(404, "Patron not found") : SandboxResponse.json(200, patron);
      case "POST" -> {
        if (isDeleted) {
          yield error(404, "Patron not found");
        }
        query.forEach((field, value) -> {
          if (PATRON_FIELDS.contains(field)) {
            patron.put(field, value.isEmpty() ? null : value);
          }
        });
        yield SandboxResponse.json(200, patron);
      }
      case "DELETE" -> {
        if (isDeleted) {
          yield error(404, "Patron not found");
        }
        if (Sandbox.PATRON_WITH_CHECKOUTS.equals(patron.get("barcode"))) {
          yield error(400, "Patron has active checkouts; check the items in before deleting the patron");
        }
        deleted.put(patron, true);
        yield SandboxResponse.noContent();
      }
      case "PATCH" -> {
        if (!isDeleted) {
          yield error(400, "Patron is not deleted");
        }
        deleted.remove(patron);
        yield SandboxResponse.json(200, patron);
      }
      default -> error(405, "Method not allowed");
    };
  }

  private SandboxResponse listPatrons(String pageText) {
    int page;
    try {
      page = Integer.parseInt(pageText);
    } catch (NumberFormatException e) {
      return error(400, "page must be a number");
    }
    List<Map<String, Object>> visible = patrons.stream().filter(p -> !deleted.containsKey(p)).toList();
    int pages = (visible.size() + PER_PAGE - 1) / PER_PAGE;
    int from = Math.max(0, (page - 1) * PER_PAGE);
    List<Map<String, Object>> slice = page < 1 || from >= visible.size() ? List.of()
        : visible.subList(from, Math.min(visible.size(), from + PER_PAGE));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", visible.size());
    body.put("pages", pages);
    body.put("max_per_page", PER_PAGE);
    body.put("patrons", slice);
    return SandboxResponse.json(200, body);
  }

  private SandboxResponse createPatron(Map<String, String> query) {
    if (query.getOrDefault("first_name", "").isBlank() || query.getOrDefault("last_name", "").isBlank()) {
      return error(400, "first_name and last_name are required");
    }
    String email = query.get("email");
    if (email != null && !email.isBlank() && find(email) != null) {
      return error(400, "A patron with this email already exists");
    }
    Map<String, Object> patron = new LinkedHashMap<>();
    for (String field : PATRON_FIELDS) {
      String value = query.get(field);
      patron.put(field, value == null || value.isEmpty() ? null : value);
    }
    if (patron.get("barcode") == null) {
      patron.put("barcode", String.valueOf(nextBarcode++));
    } else if (find((String) patron.get("barcode")) != null) {
      return error(400, "A patron with this barcode already exists");
    }
    patrons.add(patron);
    return SandboxResponse.json(200, patron);
  }

  private Map<String, Object> find(String barcodeOrEmail) {
    for (Map<String, Object> patron : patrons) {
      if (barcodeOrEmail.equals(patron.get("barcode"))
          || patron.get("email") != null && barcodeOrEmail.equalsIgnoreCase((String) patron.get("email"))) {
        return patron;
      }
    }
    return null;
  }

  private Map<String, Object> manager(String first, String last, String email, String role) {
    Map<String, Object> manager = new LinkedHashMap<>();
    manager.put("first_name", first);
    manager.put("last_name", last);
    manager.put("email", email);
    manager.put("role", role);
    managers.put(email.toLowerCase(Locale.ROOT), manager);
    return manager;
  }

  private static SandboxResponse notFoundOrNotAllowed(boolean pathExists) {
    return pathExists ? error(405, "Method not allowed") : error(404, "Not found");
  }

  private static SandboxResponse error(int status, String message) {
    return SandboxResponse.json(status, Map.of("error", message));
  }
}
