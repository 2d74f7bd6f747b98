package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.util.Map;

/**
 * An included resource whose attributes the ActivePlatform documents do not show (charges,
 * payments, subscription periods and resources, plan categories): its identity and its attributes
 * as plain values ({@code String}, {@code Boolean}, {@code Long}, {@code BigDecimal}, lists, maps).
 *
 * @param id the resource id
 * @param type the JSON:API type, such as {@code charges}
 * @param attributes every attribute as sent (unmodifiable)
 */
public record IncludedResource(String id, String type, Map<String, Object> attributes) {
  /** Shows only the fields that have a value: collections by size, maps by their keys. */
  @Override
  public String toString() {
    return RecordText.of(this);
  }


  /** Copies the attributes. */
  public IncludedResource {
    attributes = attributes == null ? Map.of() : attributes;
  }
}
