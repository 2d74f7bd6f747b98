package dev.apiclients.activeplatform.internal.jsonapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apiclients.activeplatform.IncludedResource;
import dev.apiclients.http.decoding.ResponseBodyDecoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites a parsed document so that jsonapi-converter reads it the way this client promises:
 *
 * <ul>
 *   <li>every primary resource must have a {@code type} and an {@code id} (a string or an integer);
 *       its {@code type} is then set to the one registered for the endpoint, since four of the
 *       seven type names are assumed and a listing must not fail because the real name differs;
 *   <li>each relation of the endpoint's DTO is found as today: from {@code relationships.<name>.data}
 *       when the resource sends it, otherwise by foreign key ({@code <name>_id} in the resource's
 *       attributes for a to-one relation, {@code <owner>_id} in the included resources' attributes
 *       for a to-many one, as the v3 documents show no {@code relationships}); each (type, id) is
 *       related once, links to resources missing from {@code included[]} are dropped so the
 *       relation is empty, and the {@code relationships} member is rewritten to exactly what was
 *       found;
 *   <li>{@code included[]} keeps only the resources a typed relation links to, their {@code type}
 *       set to the relation's target (so a malformed include that nothing references cannot fail
 *       the page), without their own relations (included resources are returned without them);
 *       resources of types the client does not model are set aside and returned as {@link
 *       IncludedResource} for the {@link Untyped} relations;
 *   <li>page links are checked (an object of strings or {@code {"href": ...}}, null or blank is
 *       none) and written as plain strings; members the client does not read ({@code meta},
 *       {@code jsonapi}, resource {@code links}/{@code meta}/{@code lid}) are removed.
 * </ul>
 *
 * Anything the rewrite cannot accept throws {@link IllegalStateException}; {@code {"data": null}}
 * for a single resource throws {@link ResponseBodyDecoder#absent(String)} (the resource does not
 * exist).
 */
final class PreStep {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> PAGE_LINKS = List.of("self", "first", "prev", "next", "last");

  private PreStep() {}

  /**
   * The rewritten document and what the converter does not fill.
   *
   * @param root the document for the converter
   * @param untyped per primary resource (in {@code data} order), the value of each {@link Untyped}
   *     relation by its index in the DTO's relations (null when the DTO has none)
   * @param ids per primary resource, its id when the rewrite had to make it unique, else null
   */
  record Prepared(ObjectNode root, Object[][] untyped, String[] ids) {}

  /** Prepares a document whose {@code data} is an array of {@code shape} resources. */
  static Prepared list(JsonNode root, DtoShape shape) {
    ObjectNode document = document(root);
    JsonNode data = document.get("data");
    if (data == null || !data.isArray()) {
      throw new IllegalStateException("data is not an array");
    }
    return prepare(document, (ArrayNode) data, shape);
  }

  /** Prepares a document whose {@code data} is one {@code shape} resource. */
  static Prepared item(JsonNode root, DtoShape shape) {
    ObjectNode document = document(root);
    JsonNode data = document.get("data");
    if (data != null && data.isNull()) {
      throw ResponseBodyDecoder.absent("\"data\": null (JSON:API for a resource that does not exist)");
    }
    if (data == null || !data.isObject()) {
      throw new IllegalStateException("data is not a resource object");
    }
    return prepare(document, NODES.arrayNode(1).add(data), shape);
  }

  private static ObjectNode document(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new IllegalStateException("not a JSON:API document");
    }
    if (!root.has("data") && root.has("errors")) {
      throw new IllegalStateException("the document holds errors, not data");
    }
    ObjectNode document = (ObjectNode) root;
    document.remove(List.of("errors", "meta", "jsonapi"));
    pageLinks(document);
    return document;
  }

  private static Prepared prepare(ObjectNode document, ArrayNode data, DtoShape shape) {
    Index included = Index.of(document.get("included"));
    Rewrite rewrite = new Rewrite(included);
    int count = data.size();
    Object[][] untyped = hasUntyped(shape) ? new Object[count][] : null;
    String[] ids = null;
    Set<String> seen = count > 1 ? new HashSet<>(count * 2) : null;
    for (int i = 0; i < count; i++) {
      ObjectNode resource = resource(data.get(i));
      String sentType = resource.get("type").textValue();
      String id = text(resource.get("id"));
      if (!shape.relations().isEmpty()) {
        Object[] values = rewrite.relations(resource, sentType, id, shape);
        if (untyped != null) {
          untyped[i] = values;
        }
      } else {
        resource.remove("relationships");
      }
      resource.put("type", shape.typeName());
      if (seen != null && !seen.add(id.trim())) {
        // jsonapi-converter binds each (type, id) once: a repeated one gets its own key.
        ids = ids == null ? new String[count] : ids;
        ids[i] = id;
        resource.put("id", id + '\u0000' + i);
      }
    }
    if (rewrite.forConverter.isEmpty()) {
      document.remove("included");
    } else {
      document.set("included", NODES.arrayNode(rewrite.forConverter.size()).addAll(rewrite.forConverter));
    }
    return new Prepared(document, untyped, ids);
  }

  private static boolean hasUntyped(DtoShape shape) {
    for (DtoShape.Relation relation : shape.relations()) {
      if (!relation.typed()) {
        return true;
      }
    }
    return false;
  }

  /** Checks a resource object and removes what the converter need not see; its type and id stay as sent. */
  private static ObjectNode resource(JsonNode resource) {
    requireTypeAndId(resource);
    ObjectNode object = (ObjectNode) resource;
    object.remove(List.of("lid", "meta", "links"));
    JsonNode attributes = object.get("attributes");
    if (attributes != null && !attributes.isObject()) {
      if (!attributes.isNull()) {
        throw new IllegalStateException("attributes is not an object");
      }
      object.remove("attributes");
    }
    return object;
  }

  /** JSON:API requires a {@code type} and an {@code id} on every resource object. */
  static void requireTypeAndId(JsonNode resource) {
    if (resource == null || !resource.isObject()) {
      throw new IllegalStateException("a resource is not an object");
    }
    JsonNode type = resource.get("type");
    if (type == null || !type.isTextual() || type.textValue().isBlank()) {
      throw new IllegalStateException("a resource has no type");
    }
    JsonNode id = resource.get("id");
    if (id == null || !(id.isTextual() || id.isIntegralNumber())) {
      throw new IllegalStateException("a " + type.textValue() + " resource has no id");
    }
  }

  /** Page links as plain, stripped strings; null, absent or blank links are left out. */
  private static void pageLinks(ObjectNode document) {
    JsonNode links = document.get("links");
    if (links == null || links.isNull()) {
      document.remove("links");
      return;
    }
    if (!links.isObject()) {
      throw new IllegalStateException("links is not an object");
    }
    ObjectNode plain = NODES.objectNode();
    for (String name : PAGE_LINKS) {
      JsonNode link = links.get(name);
      if (link != null && link.isObject()) {
        link = link.get("href");
      }
      if (link == null || link.isNull()) {
        continue;
      }
      if (!link.isTextual()) {
        throw new IllegalStateException("links." + name + " is not a string");
      }
      if (!link.textValue().isBlank()) {
        plain.put(name, link.textValue().strip());
      }
    }
    document.set("links", plain);
  }

  /** A JSON value as text; absent or null gives null. */
  static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static String key(String type, String id) {
    return type + '\u0000' + id;
  }

  /** The included resources by type and id (the first of a repeated one) and by type. */
  private static final class Index {
    private static final Index NONE = new Index(Map.of(), Map.of());

    final Map<String, ObjectNode> byTypeAndId;
    final Map<String, List<ObjectNode>> byType;

    private Index(Map<String, ObjectNode> byTypeAndId, Map<String, List<ObjectNode>> byType) {
      this.byTypeAndId = byTypeAndId;
      this.byType = byType;
    }

    /** Indexes {@code included} (absent or null is none); every entry needs a type and an id. */
    static Index of(JsonNode included) {
      if (included == null || included.isNull()) {
        return NONE;
      }
      if (!included.isArray()) {
        throw new IllegalStateException("included is not an array");
      }
      if (included.isEmpty()) {
        return NONE;
      }
      Map<String, ObjectNode> byTypeAndId = new HashMap<>();
      Map<String, List<ObjectNode>> byType = new HashMap<>();
      for (JsonNode resource : included) {
        requireTypeAndId(resource);
        String type = resource.get("type").textValue();
        byTypeAndId.putIfAbsent(key(type, text(resource.get("id"))), (ObjectNode) resource);
        byType.computeIfAbsent(type, t -> new ArrayList<>()).add((ObjectNode) resource);
      }
      return new Index(byTypeAndId, byType);
    }
  }

  /** The relations of the primary resources of one document, and the included resources they need. */
  private static final class Rewrite {
    private final Index included;
    private final List<JsonNode> forConverter = new ArrayList<>();
    private final Map<ObjectNode, Map<String, ObjectNode>> asType = new IdentityHashMap<>();

    Rewrite(Index included) {
      this.included = included;
    }

    /**
     * Rewrites the {@code relationships} of one primary resource to what is found, and returns the
     * values of its untyped relations by relation index.
     */
    Object[] relations(ObjectNode resource, String sentType, String id, DtoShape shape) {
      List<DtoShape.Relation> relations = shape.relations();
      Object[] untyped = new Object[relations.size()];
      ObjectNode rewritten = null;
      for (int r = 0; r < relations.size(); r++) {
        DtoShape.Relation relation = relations.get(r);
        List<ObjectNode> found = included == Index.NONE ? List.of() : find(resource, sentType, id, relation);
        if (!relation.typed()) {
          untyped[r] = untyped(found, relation.many());
        } else if (!found.isEmpty()) {
          rewritten = rewritten == null ? NODES.objectNode() : rewritten;
          rewritten.set(relation.key(), NODES.objectNode().set("data", linkage(found, relation)));
        }
      }
      if (rewritten == null) {
        resource.remove("relationships");
      } else {
        resource.set("relationships", rewritten);
      }
      return untyped;
    }

    /** The included resources one relation names, each (type, id) once, in order. */
    private List<ObjectNode> find(ObjectNode resource, String sentType, String id, DtoShape.Relation relation) {
      Map<String, ObjectNode> found = new LinkedHashMap<>();
      JsonNode linkage = resource.path("relationships").path(relation.key()).path("data");
      if (linkage.isObject()) {
        addLinked(linkage, found);
      } else if (linkage.isArray()) {
        linkage.forEach(identifier -> addLinked(identifier, found));
      } else if (linkage.isMissingNode()) {
        addByForeignKey(resource, sentType, id, relation, found);
      }
      return found.isEmpty() ? List.of() : new ArrayList<>(found.values());
    }

    private void addLinked(JsonNode identifier, Map<String, ObjectNode> found) {
      String key = key(text(identifier.get("type")), text(identifier.get("id")));
      ObjectNode resource = included.byTypeAndId.get(key);
      if (resource != null) {
        found.putIfAbsent(key, resource);
      }
    }

    private void addByForeignKey(ObjectNode owner, String ownerType, String ownerId, DtoShape.Relation relation,
        Map<String, ObjectNode> found) {
      String type = relation.lookupType();
      if (!relation.many()) {
        String id = text(owner.path("attributes").get(relation.key() + "_id"));
        ObjectNode resource = id == null ? null : included.byTypeAndId.get(key(type, id));
        if (resource != null) {
          found.put(key(type, id), resource);
        }
        return;
      }
      String foreignKey = singular(ownerType) + "_id";
      for (ObjectNode resource : included.byType.getOrDefault(type, List.of())) {
        if (ownerId.equals(text(resource.path("attributes").get(foreignKey)))) {
          found.putIfAbsent(key(type, text(resource.get("id"))), resource);
        }
      }
    }

    /** The linkage for the converter: each found resource as the relation's target type. */
    private JsonNode linkage(List<ObjectNode> found, DtoShape.Relation relation) {
      if (!relation.many()) {
        return identifier(found.get(0), relation.targetType());
      }
      ArrayNode identifiers = NODES.arrayNode(found.size());
      for (ObjectNode resource : found) {
        identifiers.add(identifier(resource, relation.targetType()));
      }
      return identifiers;
    }

    /** Hands an included resource to the converter as {@code type} (once), and returns its identifier. */
    private ObjectNode identifier(ObjectNode resource, String type) {
      ObjectNode forType = asType.computeIfAbsent(resource, r -> new HashMap<>(2)).get(type);
      if (forType == null) {
        forType = resource.get("type").textValue().equals(type) ? resource : resource.deepCopy();
        resource(forType).remove("relationships");
        forType.put("type", type);
        asType.get(resource).put(type, forType);
        forConverter.add(forType);
      }
      return NODES.objectNode().put("type", type).put("id", text(forType.get("id")));
    }

    private static Object untyped(List<ObjectNode> found, boolean many) {
      if (!many) {
        return found.isEmpty() ? null : includedResource(found.get(0));
      }
      List<IncludedResource> resources = new ArrayList<>(found.size());
      for (ObjectNode resource : found) {
        resources.add(includedResource(resource));
      }
      return Collections.unmodifiableList(resources);
    }

    private static IncludedResource includedResource(ObjectNode resource) {
      return new IncludedResource(text(resource.get("id")), text(resource.get("type")),
          PlainJson.map(resource.get("attributes"), "attributes"));
    }

    private static String singular(String type) {
      if (type.endsWith("ies")) {
        return type.substring(0, type.length() - 3) + "y";
      }
      return type.endsWith("s") ? type.substring(0, type.length() - 1) : type;
    }
  }
}
