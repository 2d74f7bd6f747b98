package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A manager role, also called an access level ({@code GET .../manager_roles}); a {@link Manager}
 * points at one through {@link ManagerRole}. The resource type is not visible in the documents
 * ({@code manager_roles} is assumed); the client reads the resource whatever its type.
 *
 * @param id the role id
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 * @param name the role's name
 * @param resellerId the reseller that owns it
 * @param otherAttributes attributes the documents do not show (unmodifiable)
 */
public record AccessLevel(
    String id, OffsetDateTime createdAt, OffsetDateTime updatedAt, String name, Long resellerId,
    Map<String, Object> otherAttributes) {
  /** Shows only the fields that have a value: collections by size, maps by their keys. */
  @Override
  public String toString() {
    return RecordText.of(this);
  }
}
