package dev.apiclients.activeplatform;

import java.util.Locale;
import java.util.Objects;

/**
 * A manager's status: {@link #ACTIVE} (may use the Operator Control Panel), {@link #INACTIVE}
 * (blocked), or any other text the platform sends, kept as it came.
 *
 * @param value the status as the platform wrote it, such as {@code active}
 */
public record ManagerStatus(String value) {

  /** Access to the Operator Control Panel is allowed. */
  public static final ManagerStatus ACTIVE = new ManagerStatus("active");

  /** Access to the Operator Control Panel is blocked. */
  public static final ManagerStatus INACTIVE = new ManagerStatus("inactive");

  /** Requires a value. */
  public ManagerStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The status for the platform's text; null gives null. */
  public static ManagerStatus of(String value) {
    return value == null ? null : new ManagerStatus(value);
  }

  /** Whether the status is {@code active} (case-insensitive). */
  public boolean isActive() {
    return value.toLowerCase(Locale.ROOT).equals(ACTIVE.value);
  }

  /** Whether the status is one the API documents ({@code active} or {@code inactive}). */
  public boolean isKnown() {
    String text = value.toLowerCase(Locale.ROOT);
    return text.equals(ACTIVE.value) || text.equals(INACTIVE.value);
  }

  /** The status text. */
  @Override
  public String toString() {
    return value;
  }
}
