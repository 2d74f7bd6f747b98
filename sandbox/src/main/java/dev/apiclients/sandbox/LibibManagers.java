package dev.apiclients.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Libib sandbox's account and managers: {@code GET /accounts}, {@code GET /managers}, {@code GET
 * /managers/{email}}, {@code POST /managers} (answers the manager, never the password) and {@code
 * DELETE /managers/{email}} (not the owner). Starts with Libib's documented managers. Not
 * thread-safe: {@link LibibSandbox} serves one request at a time.
 */
final class LibibManagers {

  /** Manager seats of the sandbox account (the owner does not take one). */
  static final int MANAGER_SEATS = 5;

  private static final Set<String> CREATABLE_ROLES = Set.of("admin", "manager", "lender");

  private final Map<String, Map<String, Object>> managers = new LinkedHashMap<>();

  LibibManagers() {
    for (Map<String, Object> manager : SandboxData.libibManagers()) {
      managers.put(key((String) manager.get("email")), new LinkedHashMap<>(manager));
    }
  }

  SandboxResponse accounts(SandboxRequest request, List<String> path) {
    if (path.size() > 1) {
      return LibibSandbox.error(404, "Not found");
    }
    if (!request.is("GET")) {
      return LibibSandbox.error(405, "Method not allowed");
    }
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

  SandboxResponse managers(SandboxRequest request, List<String> path) {
    if (path.size() == 1) {
      if (request.is("GET")) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", managers.size());
        body.put("managers", List.copyOf(managers.values()));
        return SandboxResponse.json(200, body);
      }
      return request.is("POST") ? create(request) : LibibSandbox.error(405, "Method not allowed");
    }
    if (path.size() != 2) {
      return LibibSandbox.error(404, "Not found");
    }
    if (!request.is("GET") && !request.is("DELETE")) {
      return LibibSandbox.error(405, "Method not allowed");
    }
    String email = path.get(1);
    Map<String, Object> manager = managers.get(key(email));
    if (manager == null) {
      return LibibSandbox.error(404, "Manager not found: " + email);
    }
    if (request.is("GET")) {
      return SandboxResponse.json(200, manager);
    }
    if ("owner".equals(manager.get("role"))) {
      return LibibSandbox.error(400, "You cannot remove the owner of the account: the owner must delete the"
          + " account on the Libib website");
    }
    managers.remove(key(email));
    return SandboxResponse.noContent();
  }

  private SandboxResponse create(SandboxRequest request) {
    for (String field : List.of("first_name", "last_name", "email", "password", "role")) {
      String value = request.param(field);
      if (value == null || value.isBlank()) {
        return LibibSandbox.error(400, field + " is required");
      }
    }
    if (request.param("password").length() < 8) {
      return LibibSandbox.error(400, "password must be at least 8 characters");
    }
    String role = request.param("role").strip().toLowerCase(Locale.ROOT);
    if (!CREATABLE_ROLES.contains(role)) {
      return LibibSandbox.error(400, "role must be one of admin, manager, lender");
    }
    String email = request.param("email").strip();
    if (!PatronRules.EMAIL.matcher(email).matches()) {
      return LibibSandbox.error(400, "email is not a valid email address");
    }
    if (managers.containsKey(key(email))) {
      return LibibSandbox.error(409, "A manager with email " + email + " already exists: email must be unique");
    }
    long seatsTaken = managers.values().stream().filter(m -> !"owner".equals(m.get("role"))).count();
    if (seatsTaken >= MANAGER_SEATS) {
      return LibibSandbox.error(400, "No open manager seats: all " + MANAGER_SEATS + " seats are taken");
    }
    Map<String, Object> manager = SandboxData.manager(request.param("first_name").strip(),
        request.param("last_name").strip(), email, role);
    managers.put(key(email), manager);
    return SandboxResponse.json(200, manager);
  }

  private static String key(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
