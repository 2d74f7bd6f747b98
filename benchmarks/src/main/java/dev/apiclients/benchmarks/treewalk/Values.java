package dev.apiclients.benchmarks.treewalk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apiclients.activeplatform.internal.IsoTimestamps;
import dev.apiclients.activeplatform.internal.jsonapi.PlainJson;
import dev.apiclients.activeplatform.EnumValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts one JSON attribute value to a record component's type. Lenient where the API's own
 * documents disagree (numbers sent as numeric strings, money as a string or a number, offsets with
 * or without a colon, a date or a date-time for a date); anything else that does not fit throws,
 * naming the attribute, and the transport reports it as a {@code ResponseDecodingException}.
 * Date-times are read by {@link IsoTimestamps}, free-form values by {@link PlainJson}.
 */
final class Values {

  /** The canonical constructor of a record of one {@code String} (such as {@code ManagerStatus}), read from text. */
  private static final ClassValue<Optional<Constructor<?>>> FROM_TEXT = new ClassValue<>() {
    @Override
    protected Optional<Constructor<?>> computeValue(Class<?> type) {
      RecordComponent[] parts = type.getRecordComponents();
      if (parts == null || parts.length != 1 || parts[0].getType() != String.class) {
        return Optional.empty();
      }
      try {
        return Optional.of(type.getDeclaredConstructor(String.class));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    }
  };

  private Values() {}

  /** The value of a component whose attribute was absent. */
  static Object absent(Type type) {
    Class<?> raw = raw(type);
    if (raw == Map.class) {
      return Map.of();
    }
    if (raw == List.class) {
      return List.of();
    }
    return raw == Optional.class ? Optional.empty() : null;
  }

  static Object convert(JsonNode node, Type type, String name) {
    Class<?> raw = raw(type);
    if (node == null || node.isNull()) {
      return absent(type);
    }
    if (raw == String.class) {
      if (!node.isValueNode()) {
        throw new IllegalStateException(name + " is not a string");
      }
      return node.asText();
    }
    if (raw == Long.class || raw == Integer.class) {
      long value = integer(node, name);
      if (raw == Integer.class && (int) value != value) {
        throw new IllegalStateException(name + " is out of range: " + node);
      }
      return raw == Long.class ? (Object) value : (Object) (int) value;
    }
    if (raw == Boolean.class) {
      if (node.isBoolean()) {
        return node.booleanValue();
      }
      if (node.isTextual() && (node.textValue().equals("true") || node.textValue().equals("false"))) {
        return Boolean.valueOf(node.textValue());
      }
      throw new IllegalStateException(name + " is not a boolean: " + node);
    }
    if (raw == BigDecimal.class) {
      return decimal(node, name);
    }
    if (raw == OffsetDateTime.class) {
      return node.isTextual() && node.textValue().isBlank() ? null : IsoTimestamps.lenient(textOf(node, name), name);
    }
    if (raw == LocalDate.class) {
      return node.isTextual() && node.textValue().isBlank() ? null : IsoTimestamps.lenientDate(textOf(node, name), name);
    }
    if (raw == EnumValue.class) {
      return enumValue(node, type, name);
    }
    if (raw == Map.class) {
      return isStringMap(type) ? stringMap(node, name) : PlainJson.map(node, name);
    }
    if (raw == List.class) {
      if (!node.isArray()) {
        throw new IllegalStateException(name + " is not an array");
      }
      Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
      List<Object> items = new ArrayList<>(node.size());
      node.forEach(element -> items.add(convert(element, item, name)));
      return Collections.unmodifiableList(items);
    }
    if (raw == Object.class) {
      return PlainJson.value(node);
    }
    if (raw.isRecord()) {
      return nested(node, raw, name);
    }
    throw new IllegalStateException("no conversion to " + type + " for " + name);
  }

  private static Object nested(JsonNode node, Class<?> type, String name) {
    Optional<Constructor<?>> fromText = FROM_TEXT.get(type);
    if (fromText.isPresent()) {
      try {
        return fromText.get().newInstance(textOf(node, name));
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(name + ": " + e.getCause().getMessage());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    if (!node.isObject()) {
      throw new IllegalStateException(name + " is not an object");
    }
    return RecordBinder.nested(type, node);
  }

  private static long integer(JsonNode node, String name) {
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.longValue();
    }
    if (node.isTextual()) {
      try {
        return Long.parseLong(node.textValue().strip());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new IllegalStateException(name + " is not an integer: " + node);
  }

  private static BigDecimal decimal(JsonNode node, String name) {
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isTextual() && !node.textValue().isBlank()) {
      try {
        return new BigDecimal(node.textValue().strip());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new IllegalStateException(name + " is not a number: " + node);
  }

  private static String textOf(JsonNode node, String name) {
    if (!node.isTextual()) {
      throw new IllegalStateException(name + " is not a string: " + node);
    }
    return node.textValue().strip();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumValue(JsonNode node, Type type, String name) {
    Class enumType = (Class) ((ParameterizedType) type).getActualTypeArguments()[0];
    return EnumValue.of(enumType, textOf(node, name));
  }

  private static boolean isStringMap(Type type) {
    return type instanceof ParameterizedType p && p.getActualTypeArguments()[1] == String.class;
  }

  private static Map<String, String> stringMap(JsonNode node, String name) {
    if (!node.isObject()) {
      throw new IllegalStateException(name + " is not an object");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      map.put(field.getKey(), value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString());
    }
    return Collections.unmodifiableMap(map);
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    return (Class<?>) ((ParameterizedType) type).getRawType();
  }
}
