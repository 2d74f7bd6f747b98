package dev.apiclients.sandbox;

import static dev.apiclients.sandbox.ActivePlatformData.ACCOUNTS;
import static dev.apiclients.sandbox.ActivePlatformData.CHARGES;
import static dev.apiclients.sandbox.ActivePlatformData.CHILD_MANAGERS;
import static dev.apiclients.sandbox.ActivePlatformData.MANAGERS;
import static dev.apiclients.sandbox.ActivePlatformData.ORDERS;
import static dev.apiclients.sandbox.ActivePlatformData.PAYMENTS;
import static dev.apiclients.sandbox.ActivePlatformData.PERIODS;
import static dev.apiclients.sandbox.ActivePlatformData.PLANS;
import static dev.apiclients.sandbox.ActivePlatformData.PLAN_CATEGORIES;
import static dev.apiclients.sandbox.ActivePlatformData.RESELLERS;
import static dev.apiclients.sandbox.ActivePlatformData.ROLES;
import static dev.apiclients.sandbox.ActivePlatformData.SUBSCRIPTIONS;
import static dev.apiclients.sandbox.ActivePlatformData.SUBSCRIPTION_RESOURCES;
import static dev.apiclients.sandbox.ActivePlatformData.attribute;

import dev.apiclients.sandbox.JsonApiDocuments.Paging;
import dev.apiclients.sandbox.JsonApiDocuments.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves ActivePlatform v3's reads from {@link ActivePlatformData}: {@code GET
 * /api/v3/resellers/{id}} (reseller 1 and its downstream resellers) and, for reseller 1, the
 * listings and reads by id of {@link #COLLECTIONS}, with {@code page[...]}, the {@link
 * ActivePlatformFilters filters and sort}, and {@code include}: the related resources go into
 * {@code included[]} once each, and the including resource names them in {@code relationships}
 * (to-one {@code data} null when there is none, such as the payment of an unpaid order).
 */
final class ActivePlatformResources {

  /** One relation an {@code include} may name. */
  private record Relation(String name, String table, String ownerKey, String targetKey, boolean many) {}

  /** The collection paths under {@code /api/v3/resellers/1/} and the tables they list. */
  static final Map<String, String> COLLECTIONS = Map.of("managers", MANAGERS, "child_reseller_managers",
      CHILD_MANAGERS, "manager_roles", ROLES, "accounts", ACCOUNTS, "subscriptions", SUBSCRIPTIONS,
      "orders", ORDERS, "plans", PLANS, "child_resellers", RESELLERS, "payments", PAYMENTS);

  /** The relations of each table: by a foreign key of the owner, or by one of the targets. */
  private static final Map<String, List<Relation>> RELATIONS = Map.of(
      ACCOUNTS, List.of(new Relation("subscriptions", SUBSCRIPTIONS, null, "account_id", true)),
      SUBSCRIPTIONS, List.of(new Relation("account", ACCOUNTS, "account_id", null, false),
          new Relation("plan", PLANS, "plan_id", null, false),
          new Relation("subscription_period", PERIODS, null, "subscription_id", false),
          new Relation("subscription_resources", SUBSCRIPTION_RESOURCES, null, "subscription_id", true)),
      ORDERS, List.of(new Relation("charges", CHARGES, null, "order_id", true),
          new Relation("account", ACCOUNTS, "account_id", null, false),
          new Relation("payment", PAYMENTS, "payment_id", null, false),
          new Relation("subscription", SUBSCRIPTIONS, "subscription_id", null, false)),
      PLANS, List.of(new Relation("plan_category", PLAN_CATEGORIES, "plan_category_id", null, false)),
      PAYMENTS, List.of(new Relation("orders", ORDERS, null, "payment_id", true),
          new Relation("account", ACCOUNTS, "account_id", null, false)));

  private static final String RESELLER = String.valueOf(Sandbox.ACTIVEPLATFORM_RESELLER_ID);

  private final ActivePlatformData data;
  private final ActivePlatformWrites writes;

  ActivePlatformResources(ActivePlatformData data) {
    this.data = data;
    this.writes = new ActivePlatformWrites(data);
  }

  /** The write side, for the sandbox's switches. */
  ActivePlatformWrites writes() {
    return writes;
  }

  /**
   * Answers one request.
   *
   * @param request the request below the ActivePlatform prefix
   * @param publicBaseUrl the ActivePlatform base URL as the client reached it, for the links
   */
  SandboxResponse handle(SandboxRequest request, String publicBaseUrl) {
    if (!Sandbox.ACTIVEPLATFORM_API_TOKEN.equals(request.header("X-Api-Token"))) {
      return JsonApiDocuments.error(401, "unauthorized", "Unauthorized",
          "The X-Api-Token header is missing or does not hold a valid API token", null);
    }
    if (!JsonApiDocuments.acceptsJsonApi(request.header("Accept"))) {
      return JsonApiDocuments.error(406, "not_acceptable", "Not Acceptable",
          "The Accept header must allow application/vnd.api+json", null);
    }
    List<String> path = request.segments();
    boolean v3 = path.size() >= 4 && path.get(0).equals("api") && path.get(1).equals("v3")
        && path.get(2).equals("resellers");
    ActivePlatformWrites.Route write = v3 && path.size() > 4
        ? writes.find(request.method(), path.subList(4, path.size())) : null;
    if (write != null) {
      try {
        if (!path.get(3).equals(RESELLER)) {
          throw Problem.notFound("Reseller " + path.get(3) + " is not found or is not accessible with this API token");
        }
        return write.answer(request, path.subList(4, path.size()));
      } catch (Problem problem) {
        return problem.response();
      }
    }
    String table = path.size() > 4 ? COLLECTIONS.get(path.get(4)) : null;
    if (!v3 || path.size() > 6 || path.size() > 4 && table == null) {
      return Problem.notFound("No such endpoint: the sandbox serves GET /api/v3/resellers/{reseller_id} and "
          + "/api/v3/resellers/1/{" + String.join(",", COLLECTIONS.keySet().stream().sorted().toList())
          + "}[/{id}], and the documented writes (see ActivePlatformSandbox)").response();
    }
    if (!request.is("GET")) {
      String allow = path.size() > 4 ? writes.allowed(path.subList(4, path.size())) : "GET";
      return JsonApiDocuments.error(405, "method_not_allowed", "Method Not Allowed",
          "This endpoint supports " + allow, null).withHeader("Allow", allow);
    }
    String reseller = path.get(3);
    try {
      if (path.size() == 4) {
        return item(RESELLERS, reseller, request);
      }
      if (!reseller.equals(RESELLER)) {
        throw Problem.notFound("Reseller " + reseller + " is not found or is not accessible with this API token");
      }
      if (path.size() == 6) {
        return item(table, path.get(5), request);
      }
      String self = publicBaseUrl + "/api/v3/resellers/" + reseller + "/" + path.get(4);
      return list(table, request, self);
    } catch (Problem problem) {
      return problem.response();
    }
  }

  private SandboxResponse list(String table, SandboxRequest request, String self) {
    Paging paging = Paging.of(request);
    List<Relation> includes = includes(table, request.param("include"));
    var order = ActivePlatformFilters.sort(table, request.param("sort"));
    var filter = ActivePlatformFilters.filter(table, request.params(), data);
    List<Map<String, Object>> rows = data.values(table).stream()
        .filter(r -> !table.equals(RESELLERS) || !RESELLER.equals(r.get("id")))
        .filter(filter).sorted(order).toList();
    Map<String, Map<String, Object>> included = new LinkedHashMap<>();
    List<Map<String, Object>> page = new ArrayList<>();
    paging.slice(rows).forEach(resource -> page.add(render(resource, includes, included)));
    return SandboxResponse.jsonApi(200, JsonApiDocuments.list(page, new ArrayList<>(included.values()), rows.size(),
        paging, self, request.params()));
  }

  private SandboxResponse item(String table, String id, SandboxRequest request) {
    List<Relation> includes = includes(table, request.param("include"));
    Map<String, Object> resource = data.find(table, id);
    if (resource == null) {
      String what = table.equals(RESELLERS) ? "Reseller " + id + " is not found or is not accessible with this "
          + "API token" : "No " + table + " resource with id " + id + " for reseller " + RESELLER;
      throw Problem.notFound(what);
    }
    Map<String, Map<String, Object>> included = new LinkedHashMap<>();
    Map<String, Object> rendered = render(resource, includes, included);
    return SandboxResponse.jsonApi(200, JsonApiDocuments.item(rendered, new ArrayList<>(included.values())));
  }

  /** The resource with the linkage of each included relation; the related resources go into {@code into}. */
  private Map<String, Object> render(Map<String, Object> resource, List<Relation> includes,
      Map<String, Map<String, Object>> into) {
    Map<String, Object> relationships = new LinkedHashMap<>();
    for (Relation relation : includes) {
      List<Map<String, Object>> related = related(relation, resource);
      related.forEach(r -> into.putIfAbsent(r.get("type") + "/" + r.get("id"), r));
      Map<String, Object> linkage = new LinkedHashMap<>();
      linkage.put("data", relation.many() ? JsonApiDocuments.identifiers(related)
          : related.isEmpty() ? null : JsonApiDocuments.identifier(related.get(0)));
      relationships.put(relation.name(), linkage);
    }
    return JsonApiDocuments.withRelationships(resource, relationships);
  }

  private List<Map<String, Object>> related(Relation relation, Map<String, Object> owner) {
    Object key = relation.ownerKey() == null ? owner.get("id") : attribute(owner, relation.ownerKey());
    if (key == null) {
      return List.of();
    }
    if (relation.targetKey() == null) {
      Map<String, Object> target = data.find(relation.table(), key.toString());
      return target == null ? List.of() : List.of(target);
    }
    return data.values(relation.table()).stream()
        .filter(r -> key.toString().equals(String.valueOf(attribute(r, relation.targetKey())))).toList();
  }

  /** The relations an {@code include} names; 400 for one the table does not have. */
  private static List<Relation> includes(String table, String include) {
    if (include == null) {
      return List.of();
    }
    List<Relation> known = RELATIONS.getOrDefault(table, List.of());
    List<Relation> chosen = new ArrayList<>();
    for (String name : include.split(",", -1)) {
      Relation relation = known.stream().filter(r -> r.name().equals(name.strip())).findFirst()
          .orElseThrow(() -> Problem.badParameter("include", "Unknown include '" + name + "' for " + table
              + (known.isEmpty() ? ": it has no relations" : "; it has "
              + known.stream().map(Relation::name).toList())));
      if (!chosen.contains(relation)) {
        chosen.add(relation);
      }
    }
    return chosen;
  }
}
