package dev.apiclients.benchmarks.treewalk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apiclients.activeplatform.internal.jsonapi.PlainJson;
import dev.apiclients.activeplatform.IncludedResource;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the public records from JSON:API resource objects by their components alone, so a new
 * resource needs no decoder of its own. Component {@code fooBar1} reads attribute {@code
 * foo_bar_1} (or {@code foo-bar-1}, as some nested objects spell keys; {@code isFoo} also reads
 * {@code foo}, for attributes named like Java keywords); {@code id} is the resource
 * id; {@code otherAttributes} keeps every attribute no component reads; an {@code Optional<X>} or
 * a {@code List<X>} of resource records is a relation resolved from {@code included[]} (see {@link
 * Included}). Plans are built once per record class.
 */
final class RecordBinder {

  private static final ClassValue<Plan> PLANS = new ClassValue<>() {
    @Override
    protected Plan computeValue(Class<?> type) {
      return new Plan(type);
    }
  };

  private RecordBinder() {}

  /**
   * Binds one resource object ({@code id}, {@code type}, {@code attributes}, {@code relationships}).
   *
   * @param included resolves relations; {@code null} leaves them empty (used for included resources)
   */
  static <R> R resource(Class<R> type, JsonNode resource, Included included) {
    if (type == IncludedResource.class) {
      return type.cast(new IncludedResource(text(resource.get("id")), text(resource.get("type")),
          PlainJson.map(resource.get("attributes"), "attributes")));
    }
    return type.cast(PLANS.get(type).bind(resource, resource.get("attributes"), included, true));
  }

  /** Binds a nested attribute object (no id, no relations). */
  static Object nested(Class<?> type, JsonNode object) {
    return PLANS.get(type).bind(null, object, null, false);
  }

  /** A JSON value as text; absent or null gives null. */
  static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  /** How one record class is read. */
  private static final class Plan {
    private final Constructor<?> constructor;
    private final Component[] components;
    private final Map<String, Component> byWireName = new HashMap<>();
    private final int otherIndex;

    Plan(Class<?> type) {
      if (!type.isRecord()) {
        throw new IllegalArgumentException(type + " is not a record");
      }
      RecordComponent[] parts = type.getRecordComponents();
      Class<?>[] types = new Class<?>[parts.length];
      components = new Component[parts.length];
      int other = -1;
      for (int i = 0; i < parts.length; i++) {
        types[i] = parts[i].getType();
        components[i] = new Component(i, parts[i].getName(), parts[i].getGenericType());
        if (components[i].name.equals("otherAttributes")) {
          other = i;
        }
        byWireName.put(snake(components[i].name), components[i]);
        byWireName.putIfAbsent(snake(components[i].name).replace('_', '-'), components[i]);
        if (components[i].name.matches("is[A-Z].*")) {
          byWireName.putIfAbsent(snake(components[i].name).substring(3), components[i]);
        }
      }
      otherIndex = other;
      try {
        constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    }

    Object bind(JsonNode resource, JsonNode attributes, Included included, boolean isResource) {
      Object[] args = new Object[components.length];
      boolean[] set = new boolean[components.length];
      Map<String, Object> other = null;
      if (attributes != null && !attributes.isNull()) {
        if (!attributes.isObject()) {
          throw new IllegalStateException("attributes is not an object");
        }
        for (Map.Entry<String, JsonNode> field : attributes.properties()) {
          Component c = byWireName.get(field.getKey());
          if (c == null || c.index == otherIndex || c.relation != null || (isResource && c.name.equals("id"))) {
            if (otherIndex >= 0) {
              other = other == null ? new LinkedHashMap<>() : other;
              other.put(field.getKey(), PlainJson.value(field.getValue()));
            }
            continue;
          }
          args[c.index] = Values.convert(field.getValue(), c.type, field.getKey());
          set[c.index] = true;
        }
      }
      for (Component c : components) {
        if (c.index == otherIndex) {
          args[c.index] = other == null ? Map.of() : Collections.unmodifiableMap(other);
        } else if (isResource && c.name.equals("id")) {
          args[c.index] = text(resource.get("id"));
        } else if (c.relation != null) {
          args[c.index] = c.relation.resolve(resource, included);
        } else if (!set[c.index]) {
          args[c.index] = Values.absent(c.type);
        }
      }
      try {
        return constructor.newInstance(args);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(e.getCause().getMessage());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** One record component and, when it is a relation, how to resolve it. */
  private static final class Component {
    final int index;
    final String name;
    final Type type;
    final Included.Relation relation;

    Component(int index, String name, Type type) {
      this.index = index;
      this.name = name;
      this.type = type;
      this.relation = relation(snake(name), type);
    }

    private static Included.Relation relation(String key, Type type) {
      if (!(type instanceof ParameterizedType p) || !(p.getActualTypeArguments()[0] instanceof Class<?> target)) {
        return null;
      }
      boolean resource = target == IncludedResource.class || TypeNames.of(target) != null;
      if (!resource) {
        return null;
      }
      if (p.getRawType() == Optional.class) {
        return new Included.Relation(key, target, false);
      }
      return p.getRawType() == List.class ? new Included.Relation(key, target, true) : null;
    }
  }

  /** {@code addressLine1} to {@code address_line_1}. */
  static String snake(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else if (Character.isDigit(c) && i > 0 && !Character.isDigit(name.charAt(i - 1))) {
        out.append('_').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
