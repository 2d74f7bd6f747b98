package dev.apiclients.activeplatform;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An open enum value: a known constant, or {@code UNKNOWN} for text the client does not know,
 * with the platform's text always kept in {@link #raw()}. The platform's documents list few API
 * strings, so no value it sends ever fails decoding. Text matches a constant ignoring case, with
 * spaces and hyphens read as underscores ({@code deactivated by provider} is {@code
 * DEACTIVATED_BY_PROVIDER}).
 *
 * @param value the constant, or the enum's {@code UNKNOWN}
 * @param raw the text as the platform sent it
 * @param <E> an enum with an {@code UNKNOWN} constant
 */
public record EnumValue<E extends Enum<E>>(E value, String raw) {

  private static final ClassValue<Map<String, Object>> CONSTANTS = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> byName = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        byName.put(((Enum<?>) constant).name().toLowerCase(Locale.ROOT), constant);
      }
      if (!byName.containsKey("unknown")) {
        throw new IllegalArgumentException(type + " has no UNKNOWN constant");
      }
      return byName;
    }
  };

  /** Requires both parts. */
  public EnumValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(raw, "raw");
  }

  /**
   * The value for the platform's text.
   *
   * @param type the enum, which must have an {@code UNKNOWN} constant
   * @param raw the text
   */
  public static <E extends Enum<E>> EnumValue<E> of(Class<E> type, String raw) {
    Map<String, Object> constants = CONSTANTS.get(type);
    Object constant = constants.get(normalize(raw));
    return new EnumValue<>(type.cast(constant == null ? constants.get("unknown") : constant), raw);
  }

  /** Whether the text matched a constant other than {@code UNKNOWN}. */
  public boolean isKnown() {
    return !value.name().equals("UNKNOWN");
  }

  /** The text as the platform sent it. */
  @Override
  public String toString() {
    return raw;
  }

  /** The wire form of a constant or text: lower case, spaces and hyphens as underscores. */
  static String normalize(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
  }
}
