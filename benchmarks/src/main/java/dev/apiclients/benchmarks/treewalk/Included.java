package dev.apiclients.benchmarks.treewalk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code included[]} resources of one document, by type and id, and the rule that links them
 * to the resource that asked for them.
 *
 * <p>A relation named {@code key} is first read from the JSON:API linkage {@code
 * relationships.key.data} ({@code {type, id}} or an array of them). The v3 documents show no
 * {@code relationships}, so when a resource has none for that key the client assumes the
 * foreign keys the documents do show: a to-one relation matches {@code key_id} in the resource's
 * attributes (a subscription's {@code account_id}) to an included resource of the target's type;
 * a to-many relation takes the included resources of the target's type whose {@code
 * <owner>_id} attribute is the owner's id (the subscriptions of an account by their {@code
 * account_id}). Included resources are bound without their own relations.
 */
final class Included {

  private static final Included NONE = new Included(Map.of(), Map.of());

  private final Map<String, JsonNode> byTypeAndId;
  private final Map<String, List<JsonNode>> byType;

  private Included(Map<String, JsonNode> byTypeAndId, Map<String, List<JsonNode>> byType) {
    this.byTypeAndId = byTypeAndId;
    this.byType = byType;
  }

  /** Indexes a document's {@code included} member (absent or null means none). */
  static Included of(JsonNode included) {
    if (included == null || included.isNull() || included.isEmpty()) {
      if (included != null && !included.isNull() && !included.isArray()) {
        throw new IllegalStateException("included is not an array");
      }
      return NONE;
    }
    if (!included.isArray()) {
      throw new IllegalStateException("included is not an array");
    }
    Map<String, JsonNode> byTypeAndId = new HashMap<>();
    Map<String, List<JsonNode>> byType = new HashMap<>();
    for (JsonNode resource : included) {
      String type = TreeWalkDecoder.requireType(resource);
      byTypeAndId.put(indexKey(type, RecordBinder.text(resource.get("id"))), resource);
      byType.computeIfAbsent(type, t -> new ArrayList<>()).add(resource);
    }
    return new Included(byTypeAndId, byType);
  }

  private static String indexKey(String type, String id) {
    return type + '\u0000' + id;
  }

  /**
   * One relation component of a record.
   *
   * @param key the relationship name, such as {@code subscription_period}
   * @param target the record class of the related resource
   * @param many whether the component is a {@code List} (else an {@code Optional})
   */
  record Relation(String key, Class<?> target, boolean many) {

    Object resolve(JsonNode owner, Included included) {
      if (included == null || included == NONE) {
        return many ? List.of() : Optional.empty();
      }
      JsonNode linkage = owner.path("relationships").path(key).path("data");
      List<Object> found = new ArrayList<>();
      if (linkage.isObject()) {
        addLinked(linkage, included, found);
      } else if (linkage.isArray()) {
        linkage.forEach(identifier -> addLinked(identifier, included, found));
      } else if (linkage.isMissingNode()) {
        addByForeignKey(owner, included, found);
      }
      if (many) {
        return Collections.unmodifiableList(found);
      }
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private void addLinked(JsonNode identifier, Included included, List<Object> found) {
      JsonNode resource = included.byTypeAndId.get(
          indexKey(RecordBinder.text(identifier.get("type")), RecordBinder.text(identifier.get("id"))));
      if (resource != null) {
        found.add(RecordBinder.resource(target, resource, null));
      }
    }

    private void addByForeignKey(JsonNode owner, Included included, List<Object> found) {
      String type = targetType();
      if (!many) {
        String id = RecordBinder.text(owner.path("attributes").get(key + "_id"));
        JsonNode resource = id == null ? null : included.byTypeAndId.get(indexKey(type, id));
        if (resource != null) {
          found.add(RecordBinder.resource(target, resource, null));
        }
        return;
      }
      String ownerType = RecordBinder.text(owner.get("type"));
      String ownerId = RecordBinder.text(owner.get("id"));
      if (ownerType == null || ownerId == null) {
        return;
      }
      String foreignKey = singular(ownerType) + "_id";
      for (JsonNode resource : included.byType.getOrDefault(type, List.of())) {
        if (ownerId.equals(RecordBinder.text(resource.path("attributes").get(foreignKey)))) {
          found.add(RecordBinder.resource(target, resource, null));
        }
      }
    }

    /** The registered type name, or for an untyped include the plural of the key. */
    private String targetType() {
      String registered = TypeNames.of(target);
      if (registered != null) {
        return registered;
      }
      if (many || key.endsWith("s")) {
        return key;
      }
      return key.endsWith("y") ? key.substring(0, key.length() - 1) + "ies" : key + "s";
    }

    private static String singular(String type) {
      if (type.endsWith("ies")) {
        return type.substring(0, type.length() - 3) + "y";
      }
      return type.endsWith("s") ? type.substring(0, type.length() - 1) : type;
    }
  }
}
