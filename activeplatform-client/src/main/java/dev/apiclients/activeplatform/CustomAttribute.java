package dev.apiclients.activeplatform;

/**
 * One custom attribute of a manager, sent as {@code {"key": ..., "value": ...}} inside {@code
 * custom_attributes.data}.
 *
 * @param key the attribute key (not blank)
 * @param value its value (may be null)
 */
public record CustomAttribute(String key, String value) {

  /** Requires a key. */
  public CustomAttribute {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("custom attribute key must not be blank");
    }
  }
}
