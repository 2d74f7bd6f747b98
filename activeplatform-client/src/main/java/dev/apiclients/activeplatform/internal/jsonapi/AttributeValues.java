package dev.apiclients.activeplatform.internal.jsonapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apiclients.activeplatform.EnumValue;
import dev.apiclients.activeplatform.internal.IsoTimestamps;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The readings of one attribute value, by target type. Lenient where the API's own documents
 * disagree (numbers sent as numeric strings, money as a string or a number, offsets with or
 * without a colon, a date or a date-time for a date); anything else that does not fit throws an
 * {@link IllegalStateException} naming the attribute. A JSON null never reaches these methods (the
 * field stays null). {@link AttributeModule} hands them to Jackson.
 */
final class AttributeValues {

  /** The constructor of a record of one {@code String} (such as {@code ManagerStatus}), if the class is one. */
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

  private AttributeValues() {}

  /** Text: a string as sent, a number or boolean as its text. */
  static String string(JsonNode node, String name) {
    if (!node.isValueNode()) {
      throw new IllegalStateException(name + " is not a string");
    }
    return node.asText();
  }

  /** A whole number, from a number or a numeric string. */
  static Long integer(JsonNode node, String name) {
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

  /** An {@code int}, read as {@link #integer} and range-checked. */
  static Integer smallInteger(JsonNode node, String name) {
    long value = integer(node, name);
    if ((int) value != value) {
      throw new IllegalStateException(name + " is out of range: " + node);
    }
    return (int) value;
  }

  /** {@code true}/{@code false}, as a boolean or as text. */
  static Boolean bool(JsonNode node, String name) {
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isTextual() && (node.textValue().equals("true") || node.textValue().equals("false"))) {
      return Boolean.valueOf(node.textValue());
    }
    throw new IllegalStateException(name + " is not a boolean: " + node);
  }

  /** Money and other decimals, from a number or a numeric string. */
  static BigDecimal decimal(JsonNode node, String name) {
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

  /** A date-time with offset ({@code +03:00}, {@code +0300} or {@code Z}); blank text is null. */
  static OffsetDateTime dateTime(JsonNode node, String name) {
    return node.isTextual() && node.textValue().isBlank() ? null : IsoTimestamps.lenient(text(node, name), name);
  }

  /** A date, or the date of a date-time; blank text is null. */
  static LocalDate date(JsonNode node, String name) {
    return node.isTextual() && node.textValue().isBlank() ? null : IsoTimestamps.lenientDate(text(node, name), name);
  }

  /** An open enum: any text, kept stripped as sent. */
  static <E extends Enum<E>> EnumValue<E> enumValue(Class<E> type, JsonNode node, String name) {
    return EnumValue.of(type, text(node, name));
  }

  /** Whether {@code type} is a record of one {@code String}, read by {@link #fromText}. */
  static boolean isTextRecord(Class<?> type) {
    return FROM_TEXT.get(type).isPresent();
  }

  /** A record of one {@code String} (such as {@code ManagerStatus}) from its text. */
  static Object fromText(Class<?> type, JsonNode node, String name) {
    try {
      return FROM_TEXT.get(type).orElseThrow().newInstance(text(node, name));
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(name + ": " + e.getCause().getMessage());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An object of text values (unmodifiable): value nodes by their text, containers as JSON, null kept. */
  static Map<String, String> stringMap(JsonNode node, String name) {
    if (!node.isObject()) {
      throw new IllegalStateException(name + " is not an object");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      map.put(field.getKey(), value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString());
    }
    return Collections.unmodifiableMap(map);
  }

  private static String text(JsonNode node, String name) {
    if (!node.isTextual()) {
      throw new IllegalStateException(name + " is not a string: " + node);
    }
    return node.textValue().strip();
  }
}
