package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A subscription's renewal settings ({@code attributes.renewal_settings}). Each value is null when
 * the platform did not send it (or sent another type); other keys are kept in {@link
 * #otherAttributes()}.
 *
 * @param autorenew whether the subscription renews itself
 * @param disableAutorenew whether changing auto-renew is disabled for it
 * @param autorenewPoint when auto-renewal happens, in days relative to expiry (as sent)
 * @param manualRenewPoint when manual renewal opens, in days relative to expiry (as sent)
 * @param otherAttributes keys the documents do not show (unmodifiable)
 */
public record RenewalSettings(
    Boolean autorenew, Boolean disableAutorenew, Long autorenewPoint, Long manualRenewPoint,
    Map<String, Object> otherAttributes) {

  /** Null other attributes become an empty map. */
  public RenewalSettings {
    otherAttributes = otherAttributes == null ? Map.of() : otherAttributes;
  }

  /**
   * Reads the {@code renewal_settings} object as the platform sent it; anything but a map gives
   * all values null. Never throws.
   *
   * @param settings the plain value of the attribute, or null
   */
  public static RenewalSettings of(Object settings) {
    if (!(settings instanceof Map<?, ?> map)) {
      return new RenewalSettings(null, null, null, null, Map.of());
    }
    Map<String, Object> rest = new LinkedHashMap<>();
    map.forEach((key, value) -> rest.put(String.valueOf(key), value));
    Boolean autorenew = take(rest, "autorenew", Boolean.class);
    Boolean disable = take(rest, "disable_autorenew", Boolean.class);
    Long point = take(rest, "autorenew_point", Long.class);
    Long manual = take(rest, "manual_renew_point", Long.class);
    return new RenewalSettings(autorenew, disable, point, manual, Collections.unmodifiableMap(rest));
  }

  /** Takes a key out of the map when its value has the type; otherwise null, and the value stays. */
  private static <T> T take(Map<String, Object> rest, String key, Class<T> type) {
    Object value = rest.get(key);
    if (!type.isInstance(value)) {
      return null;
    }
    rest.remove(key);
    return type.cast(value);
  }

  /** Shows only the values that are set. */
  @Override
  public String toString() {
    return RecordText.of(this);
  }
}
