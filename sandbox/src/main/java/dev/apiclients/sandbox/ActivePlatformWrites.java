package dev.apiclients.sandbox;

import static dev.apiclients.sandbox.ActivePlatformData.ACCOUNTS;
import static dev.apiclients.sandbox.ActivePlatformData.MANAGERS;
import static dev.apiclients.sandbox.ActivePlatformData.PLANS;
import static dev.apiclients.sandbox.ActivePlatformData.ROLES;
import static dev.apiclients.sandbox.ActivePlatformData.attributes;
import static dev.apiclients.sandbox.ActivePlatformSamples.attributes;

import dev.apiclients.sandbox.JsonApiDocuments.Problem;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Serves ActivePlatform v3's writes below {@code /api/v3/resellers/1/}: accounts and managers
 * (create, update, block), order-attribute validation and its async tasks, and, through {@link
 * ActivePlatformOrders}, orders, payments and subscription operations. Not thread-safe: the
 * sandbox's lock is held.
 */
final class ActivePlatformWrites {

  /** One write endpoint: answers a request given the path segments below the reseller. */
  @FunctionalInterface
  interface Route {
    SandboxResponse answer(SandboxRequest request, List<String> path);
  }

  /** The account types the sandbox knows ({@code account_type_id}). */
  static final Map<Long, String> ACCOUNT_TYPES = Map.of(1L, "business", 2L, "individual");

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern DOMAIN_LABEL = Pattern.compile("[a-z0-9][a-z0-9-]{1,61}");
  private static final Set<String> OPERATIONS = Set.of("stop_operation", "activate_operation", "delete_operation");

  private final ActivePlatformData data;
  private final ActivePlatformOrders orders;
  private final Map<String, AsyncTask> tasks = new LinkedHashMap<>();
  private Clock clock = Clock.systemUTC();
  private int asyncTaskPolls = 2;
  private String asyncTaskFailure;

  /** An order-attribute validation in progress: the GETs it has seen and what it validated. */
  private static final class AsyncTask {
    final String id;
    final String planId;
    final long accountId;
    final Map<String, Object> attributes;
    final Map<String, Object> validated;
    int polls;

    AsyncTask(String id, String planId, long accountId, Map<String, Object> validated) {
      this.id = id;
      this.planId = planId;
      this.accountId = accountId;
      this.validated = validated;
      this.attributes = attributes("status", "pending", "failure_message", "", "results", null);
    }
  }

  ActivePlatformWrites(ActivePlatformData data) {
    this.data = data;
    this.orders = new ActivePlatformOrders(data, this::now, this::taskRefusal);
  }

  void clock(Clock clock) {
    this.clock = clock;
  }

  void asyncTaskPolls(int polls) {
    this.asyncTaskPolls = polls;
  }

  void asyncTaskFailure(String message) {
    this.asyncTaskFailure = message;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ActivePlatformSamples.ZONE);
  }

  /**
   * The write endpoint for a method and the path below {@code /api/v3/resellers/{id}/}, or null
   * when there is none (then the reads decide: 404, or 405 for a path that only reads).
   */
  Route find(String method, List<String> path) {
    String first = path.get(0);
    switch (method + " " + path.size()) {
      case "POST 1" -> {
        return switch (first) {
          case "accounts" -> (r, p) -> createAccount(WriteBody.of(r));
          case "managers" -> (r, p) -> createManager(WriteBody.of(r));
          case "payments" -> (r, p) -> orders.createPayment(WriteBody.of(r));
          default -> {
            ActivePlatformOrders.Kind kind = ActivePlatformOrders.Kind.ofPath(first);
            yield kind == null ? null : (r, p) -> orders.create(kind, WriteBody.of(r));
          }
        };
      }
      case "PATCH 2" -> {
        return switch (first) {
          case "accounts" -> (r, p) -> updateAccount(p.get(1), WriteBody.of(r));
          case "managers" -> (r, p) -> updateManager(p.get(1), WriteBody.of(r));
          case "subscriptions" -> (r, p) -> orders.autorenew(p.get(1), WriteBody.of(r));
          case "payments" -> (r, p) -> orders.completePayment(p.get(1), WriteBody.of(r));
          default -> null;
        };
      }
      case "GET 2" -> {
        return first.equals("async_tasks") ? (r, p) -> asyncTask(p.get(1)) : null;
      }
      case "POST 3" -> {
        String last = path.get(2);
        if (first.equals("subscriptions") && OPERATIONS.contains(last)) {
          return (r, p) -> orders.operate(p.get(1), last.substring(0, last.indexOf('_')), WriteBody.of(r));
        }
        if (first.equals("orders") && last.equals("cancel_operation")) {
          return (r, p) -> orders.cancel(p.get(1));
        }
        return first.equals("plans") && last.equals("order_attributes_validation")
            ? (r, p) -> validate(p.get(1), WriteBody.of(r)) : null;
      }
      default -> {
        return null;
      }
    }
  }

  /** The methods a path answers besides GET, for a 405's {@code Allow}. */
  String allowed(List<String> path) {
    StringBuilder allow = new StringBuilder("GET");
    for (String method : List.of("POST", "PATCH")) {
      if (find(method, path) != null) {
        allow.append(", ").append(method);
      }
    }
    return allow.toString();
  }

  // ---- accounts ----

  private SandboxResponse createAccount(WriteBody body) {
    accountType(body);
    Map<String, Object> attributes = body.all();
    attributes.put("first_name", body.requiredText("first_name"));
    attributes.put("last_name", body.requiredText("last_name"));
    email(body);
    manager(body);
    String primary = body.optionalText("primary_name");
    attributes.put("name", primary != null ? primary : body.requiredText("first_name") + " "
        + body.requiredText("last_name"));
    attributes.putIfAbsent("created_at", ActivePlatformSamples.timestamp(now()));
    attributes.put("updated_at", attributes.get("created_at"));
    String id = data.addAccount(attributes);
    return SandboxResponse.jsonApi(201, JsonApiDocuments.item(data.find(ACCOUNTS, id), List.of()));
  }

  private SandboxResponse updateAccount(String id, WriteBody body) {
    Map<String, Object> account = data.find(ACCOUNTS, id);
    if (account == null) {
      throw Problem.notFound("No accounts resource with id " + id + " for reseller 1");
    }
    accountType(body);
    if (body.has("email")) {
      email(body);
    }
    manager(body);
    Map<String, Object> attributes = attributes(account);
    attributes.putAll(body.all());
    if (body.optionalText("primary_name") != null) {
      attributes.put("name", body.optionalText("primary_name"));
    }
    attributes.put("updated_at", ActivePlatformSamples.timestamp(now()));
    if (attributes.get("email") instanceof String email) {
      data.attachUser(email, id);
    }
    return SandboxResponse.jsonApi(200, JsonApiDocuments.item(account, List.of()));
  }

  private static void accountType(WriteBody body) {
    long type = body.requiredId("account_type_id");
    if (!ACCOUNT_TYPES.containsKey(type)) {
      throw Problem.invalidAttribute("account_type_id", "Account type " + type + " is not found; the sandbox has "
          + "1 (business) and 2 (individual)");
    }
  }

  private static void email(WriteBody body) {
    if (!EMAIL.matcher(body.requiredText("email")).matches()) {
      throw Problem.invalidAttribute("email", "email is not a valid e-mail address");
    }
  }

  /** A {@code manager_id}, when sent, must be an active manager with the sales role (documented). */
  private void manager(WriteBody body) {
    Long managerId = body.optionalId("manager_id");
    if (managerId != null) {
      Map<String, Object> manager = data.find(MANAGERS, String.valueOf(managerId));
      if (manager == null || !"active".equals(attributes(manager).get("status"))
          || !"sales".equals(attributes(manager).get("role"))) {
        throw Problem.invalidAttribute("manager_id", "The manager " + managerId
            + " must exist, have the Sales person role and be active");
      }
    }
  }

  // ---- managers ----

  private SandboxResponse createManager(WriteBody body) {
    String name = body.requiredText("name");
    String email = uniqueEmail(body, null);
    body.requiredText("password");
    boolean admin = Boolean.TRUE.equals(body.optionalBoolean("admin"));
    Map<String, Object> role = admin ? null : role(body);
    String id = data.nextId(MANAGERS, SandboxData.AP_FIRST_MANAGER_ID + SandboxData.AP_MANAGER_COUNT);
    String stamp = ActivePlatformSamples.timestamp(now());
    String roleName = admin ? "admin" : body.optionalText("role") != null ? body.optionalText("role") : "sales";
    Map<String, Object> manager = SandboxData.apManager(Integer.parseInt(id), stamp, stamp, name, "active", email,
        roleName, role == null ? null : Integer.valueOf((String) role.get("id")),
        role == null ? null : (String) attributes(role).get("name"), body.optionalText("phone"), null,
        body.optionalText("manager_key") == null ? "" : body.optionalText("manager_key"), false, "");
    customAttributes(body, attributes(manager));
    data.put(MANAGERS, manager);
    return SandboxResponse.jsonApi(201, JsonApiDocuments.item(manager, List.of()));
  }

  private SandboxResponse updateManager(String id, WriteBody body) {
    Map<String, Object> manager = data.find(MANAGERS, id);
    if (manager == null) {
      throw Problem.notFound("No managers resource with id " + id + " for reseller 1");
    }
    Map<String, Object> attributes = attributes(manager);
    String status = body.optionalText("status");
    if (status != null && !status.equalsIgnoreCase("active") && !status.equalsIgnoreCase("inactive")) {
      throw Problem.invalidAttribute("status", "status must be active or inactive, was " + status);
    }
    String email = body.has("email") ? uniqueEmail(body, id) : null;
    Map<String, Object> role = body.has("manager_role_id") ? role(body) : null;
    for (String text : List.of("name", "phone", "manager_key", "role")) {
      if (body.optionalText(text) != null) {
        attributes.put(text, body.optionalText(text));
      }
    }
    if (status != null) {
      attributes.put("status", status.toLowerCase(Locale.ROOT));
    }
    if (email != null) {
      attributes.put("email", email);
    }
    if (Boolean.TRUE.equals(body.optionalBoolean("admin"))) {
      attributes.put("role", "admin");
    }
    if (role != null) {
      attributes.put("manager_role", attributes("id", Integer.valueOf((String) role.get("id")),
          "name", attributes(role).get("name")));
    }
    customAttributes(body, attributes);
    attributes.put("updated_at", ActivePlatformSamples.timestamp(now()));
    return SandboxResponse.jsonApi(200, JsonApiDocuments.item(manager, List.of()));
  }

  private String uniqueEmail(WriteBody body, String self) {
    email(body);
    String email = body.requiredText("email");
    boolean taken = data.values(MANAGERS).stream().anyMatch(m -> !m.get("id").equals(self)
        && email.equalsIgnoreCase(String.valueOf(attributes(m).get("email"))));
    if (taken) {
      throw Problem.invalidAttribute("email", "Email has already been taken");
    }
    return email;
  }

  /** The manager role a {@code manager_role_id} names (a number or a string, as documented), or null. */
  private Map<String, Object> role(WriteBody body) {
    Long id = body.optionalId("manager_role_id");
    if (id == null) {
      return null;
    }
    Map<String, Object> role = data.find(ROLES, String.valueOf(id));
    if (role == null) {
      throw Problem.invalidAttribute("manager_role_id", "Manager role " + id + " is not found");
    }
    return role;
  }

  /** {@code custom_attributes: {data: [{key, value}]}} merged into the manager's free map. */
  @SuppressWarnings("unchecked")
  private static void customAttributes(WriteBody body, Map<String, Object> attributes) {
    List<WriteBody> items = body.list("custom_attributes");
    if (items.isEmpty()) {
      return;
    }
    Map<String, Object> custom = new LinkedHashMap<>((Map<String, Object>) attributes.get("custom_attributes"));
    items.forEach(item -> custom.put(item.requiredText("key"), item.optionalText("value")));
    attributes.put("custom_attributes", custom);
  }

  // ---- order-attribute validation and async tasks ----

  private SandboxResponse validate(String planId, WriteBody body) {
    if (data.find(PLANS, planId) == null) {
      throw Problem.notFound("No plans resource with id " + planId + " for reseller 1");
    }
    long accountId = body.requiredId("account_id");
    if (data.find(ACCOUNTS, String.valueOf(accountId)) == null) {
      throw Problem.invalidAttribute("account_id", "Account " + accountId + " is not found");
    }
    Map<String, Object> validated = body.all();
    validated.remove("account_id");
    String id = UUID.nameUUIDFromBytes(("async-task-" + (tasks.size() + 1)).getBytes(StandardCharsets.UTF_8))
        .toString();
    AsyncTask task = new AsyncTask(id, planId, accountId, validated);
    tasks.put(id, task);
    return SandboxResponse.jsonApi(201, JsonApiDocuments.item(task(task), List.of()));
  }

  private SandboxResponse asyncTask(String id) {
    AsyncTask task = tasks.get(id);
    if (task == null) {
      throw Problem.notFound("No async_tasks resource with id " + id + " for reseller 1");
    }
    task.polls++;
    if ("pending".equals(task.attributes.get("status")) || "running".equals(task.attributes.get("status"))) {
      if (task.polls < asyncTaskPolls) {
        task.attributes.put("status", task.polls == 1 ? "pending" : "running");
      } else if (asyncTaskFailure != null) {
        task.attributes.put("status", "failed");
        task.attributes.put("failure_message", asyncTaskFailure);
      } else {
        task.attributes.put("status", "completed");
        task.attributes.put("results", results(task.validated));
      }
    }
    return SandboxResponse.jsonApi(200, JsonApiDocuments.item(task(task), List.of()));
  }

  /**
   * Why a sales order may not name this validation task ({@code async_task_id}): unknown, of another
   * plan or account, not completed, or not valid; null when it may.
   */
  private String taskRefusal(String taskId, long planId, long accountId) {
    AsyncTask task = tasks.get(taskId);
    if (task == null || !task.planId.equals(String.valueOf(planId)) || task.accountId != accountId) {
      return "The asynchronous task " + taskId + " is not found for plan " + planId + " and account " + accountId;
    }
    Object results = task.attributes.get("results");
    if (!"completed".equals(task.attributes.get("status")) || !(results instanceof Map<?, ?> map)
        || !Boolean.TRUE.equals(map.get("valid"))) {
      return "The asynchronous task " + taskId + " has not completed with valid order attributes";
    }
    return null;
  }

  /** Valid unless {@code customer_domain} is not a domain label (the sandbox's only rule). */
  private static Map<String, Object> results(Map<String, Object> validated) {
    Object domain = validated.get("customer_domain");
    boolean valid = domain == null || DOMAIN_LABEL.matcher(domain.toString()).matches();
    List<Map<String, Object>> errors = valid ? List.of() : List.of(attributes("key", "customer_domain",
        "description", "customer_domain must be 2 to 62 lower-case letters, digits or hyphens"));
    return attributes("valid", valid, "errors", errors, "application_attributes", validated);
  }

  private static Map<String, Object> task(AsyncTask task) {
    return JsonApiDocuments.resource(task.id, "async_tasks", new LinkedHashMap<>(task.attributes));
  }
}
