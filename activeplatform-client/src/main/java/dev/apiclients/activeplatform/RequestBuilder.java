package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.WriteBodies;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one builder every ActivePlatform write request extends. A request is a record of its
 * documented attributes (component {@code firstName} is attribute {@code first_name}) plus {@code
 * otherAttributes}; its builder's setters only store values, and {@link #build()} checks them all
 * at once and names every problem. Only the attributes that were set are sent.
 *
 * <ul>
 *   <li>A setter given {@code null} unsets the attribute.
 *   <li>Every id attribute ({@code ..._id}) must be positive; a required text must not be blank.
 *   <li>{@link #attribute(String, Object)} sends an attribute the documents do not show, or a
 *       documented one in another shape than its setter sends (a string where the setter sends a
 *       number), so a gap in the documents never blocks a request.
 * </ul>
 *
 * <p>The resource methods check a request again before sending it, so a record made with its
 * constructor is held to the same rules.
 *
 * @param <B> the concrete builder
 * @param <R> the request record it builds
 */
public abstract class RequestBuilder<B extends RequestBuilder<B, R>, R extends Record> {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("(\\+|00)[0-9][0-9 ()-]{3,30}");
  private static final int MAX_NESTING = 16;

  private final Class<R> type;
  private final Map<String, Object> values = new LinkedHashMap<>();
  private final Map<String, Object> other = new LinkedHashMap<>();

  RequestBuilder(Class<R> type) {
    this.type = type;
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * Sends an attribute under its wire name exactly as given: one the documents do not show, or a
   * documented one in another shape than its setter (then do not use the setter as well).
   *
   * @param name the wire name, such as {@code new_owner_email}
   * @param value a {@code String}, {@code Boolean}, {@code Number}, {@code null}, or a {@code List}
   *     or {@code Map} (with {@code String} keys) of these
   * @return this builder
   * @throws IllegalArgumentException if the name is blank or the value is of another type
   */
  public B attribute(String name, Object value) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("attribute name must not be blank");
    }
    requireJsonValue(name, value, 0);
    other.put(name.strip(), value);
    return self();
  }

  /**
   * Checks every attribute and builds the request.
   *
   * @return the request, ready to send
   * @throws IllegalArgumentException naming each missing or malformed attribute
   */
  public R build() {
    Checks checks = new Checks(type.getSimpleName(), values, other);
    checks.standardRules();
    check(checks);
    checks.throwIfAny();
    return construct();
  }

  /** The request's own rules (required attributes, formats); problems are collected, not thrown. */
  abstract void check(Checks checks);

  /** Stores a documented attribute by its record component name; null unsets it. */
  final B set(String component, Object value) {
    if (value == null) {
      values.remove(component);
    } else {
      values.put(component, value);
    }
    return self();
  }

  /** Appends one item to a list attribute. */
  @SuppressWarnings("unchecked")
  final B add(String component, Object item) {
    if (item == null) {
      throw new IllegalArgumentException(component + " item must not be null");
    }
    ((List<Object>) values.computeIfAbsent(component, c -> new ArrayList<>())).add(item);
    return self();
  }

  /** Replaces a list attribute; null or empty unsets it. */
  final B setAll(String component, Collection<?> items) {
    if (items == null || items.isEmpty()) {
      return set(component, null);
    }
    values.remove(component);
    items.forEach(item -> add(component, item));
    return self();
  }

  private R construct() {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      String name = components[i].getName();
      Object value = name.equals("otherAttributes") ? Collections.unmodifiableMap(new LinkedHashMap<>(other))
          : values.get(name);
      args[i] = value instanceof List<?> list ? List.copyOf(list) : value;
    }
    try {
      Constructor<R> constructor = type.getDeclaredConstructor(types);
      return constructor.newInstance(args);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Checks a request made in any way (builder or constructor) by the rules of its builder.
   *
   * @throws IllegalArgumentException naming each problem, or if the request is null
   */
  static <R extends Record> R checked(R request, String name) {
    if (request == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    RequestBuilder<?, ?> builder;
    try {
      builder = (RequestBuilder<?, ?>) request.getClass().getMethod("builder").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    for (RecordComponent component : request.getClass().getRecordComponents()) {
      Object value;
      try {
        value = component.getAccessor().invoke(request);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      if (component.getName().equals("otherAttributes")) {
        if (value != null) {
          ((Map<?, ?>) value).forEach((key, item) -> builder.attribute(String.valueOf(key), item));
        }
      } else if (value instanceof Collection<?> items) {
        builder.setAll(component.getName(), items);
      } else {
        builder.set(component.getName(), value);
      }
    }
    builder.build();
    return request;
  }

  private static void requireJsonValue(String name, Object value, int depth) {
    if (depth > MAX_NESTING) {
      throw new IllegalArgumentException("attribute " + name + " is nested deeper than " + MAX_NESTING);
    }
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number) {
      return;
    }
    if (value instanceof Collection<?> items) {
      items.forEach(item -> requireJsonValue(name, item, depth + 1));
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((key, item) -> {
        if (!(key instanceof String)) {
          throw new IllegalArgumentException("attribute " + name + " has a map key that is not a String: " + key);
        }
        requireJsonValue(name, item, depth + 1);
      });
      return;
    }
    throw new IllegalArgumentException("attribute " + name + " must be a String, Boolean, Number, List, Map or null,"
        + " was " + value.getClass().getName());
  }

  private static String wireName(String component) {
    return WriteBodies.wireName(component);
  }

  /** Collects every problem of one request, naming attributes by their wire names. */
  static final class Checks {
    private final String request;
    private final Map<String, Object> values;
    private final Map<String, Object> other;
    private final List<String> problems = new ArrayList<>();

    Checks(String request, Map<String, Object> values, Map<String, Object> other) {
      this.request = request;
      this.values = values;
      this.other = other;
    }

    private boolean has(String component) {
      return values.containsKey(component) || other.containsKey(wireName(component));
    }

    /** Ids positive, no attribute both set and given raw. */
    void standardRules() {
      values.forEach((component, value) -> {
        if (component.endsWith("Id") && value instanceof Long id && id < 1) {
          problems.add(wireName(component) + " must be positive, was " + id);
        }
        if (other.containsKey(wireName(component))) {
          problems.add(wireName(component) + " is set both by its setter and by attribute(...); use one");
        }
      });
    }

    /** Each attribute must be set (by its setter or by {@code attribute}); text must not be blank. */
    Checks required(String... components) {
      for (String component : components) {
        Object value = values.get(component);
        if (!has(component)) {
          problems.add(wireName(component) + " is required");
        } else if (value instanceof String text && text.isBlank()) {
          problems.add(wireName(component) + " must not be blank");
        }
      }
      return this;
    }

    /** When set, each text attribute must not be blank. */
    Checks notBlank(String... components) {
      for (String component : components) {
        if (values.get(component) instanceof String text && text.isBlank()) {
          problems.add(wireName(component) + " must not be blank");
        }
      }
      return this;
    }

    /** When set, the attribute must look like an e-mail address. */
    Checks email(String component) {
      if (values.get(component) instanceof String text && !EMAIL.matcher(text.strip()).matches()) {
        problems.add(wireName(component) + " must be an e-mail address, was \"" + text + "\"");
      }
      return this;
    }

    /** When set, the attribute must be a phone number as the documents write it ({@code +...} or {@code 00...}). */
    Checks phone(String component) {
      if (values.get(component) instanceof String text && !PHONE.matcher(text.strip()).matches()) {
        problems.add(wireName(component) + " must start with + or 00 and hold digits, was \"" + text + "\"");
      }
      return this;
    }

    /** When set, the enum value must not be {@code UNKNOWN} (which only describes text read from the platform). */
    Checks knownEnum(String component) {
      if (values.get(component) instanceof Enum<?> constant && constant.name().equals("UNKNOWN")) {
        problems.add(wireName(component) + " must not be UNKNOWN");
      }
      return this;
    }

    /** When set, the number must be greater than zero. */
    Checks positiveAmount(String component) {
      if (values.get(component) instanceof BigDecimal amount && amount.signum() <= 0) {
        problems.add(wireName(component) + " must be greater than zero, was " + amount.toPlainString());
      }
      return this;
    }

    /** At least one attribute must be set. */
    Checks notEmpty() {
      if (values.isEmpty() && other.isEmpty()) {
        problems.add("set at least one attribute");
      }
      return this;
    }

    /** A rule of the request's own. */
    Checks problem(boolean broken, String problem) {
      if (broken) {
        problems.add(problem);
      }
      return this;
    }

    void throwIfAny() {
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(request + ": " + String.join("; ", problems)
            + " (nothing was sent)");
      }
    }
  }
}
