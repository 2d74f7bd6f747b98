package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A manager of an ActivePlatform reseller ({@code managers}), as the managers, manager and
 * child-reseller manager endpoints return it. Any component may be {@code null} when the platform
 * sent none. Older platforms send {@code role} (a string), newer ones {@code manager_role} (an
 * object); some send both, and the record keeps whichever came.
 *
 * @param id the manager id
 * @param resellerId the id of the manager's reseller
 * @param name the manager's name
 * @param status active, inactive, or another status kept as text
 * @param email the login email
 * @param role the role, such as {@code admin} or {@code sales}
 * @param managerRole the access level (its parts may be null)
 * @param phone the phone number
 * @param photo a link to the photo, usually a path on the platform
 * @param managerKey the key that links new accounts to this manager in buy links
 * @param mfaRequired whether multi-factor authentication is active
 * @param customAttributes the manager's custom attributes by key (unmodifiable; values may be null)
 * @param createdAt when the manager was created
 * @param updatedAt when the manager was last updated
 * @param otherAttributes attributes the documents do not show, as plain values (unmodifiable)
 */
public record Manager(
    String id,
    Long resellerId,
    String name,
    ManagerStatus status,
    String email,
    String role,
    ManagerRole managerRole,
    String phone,
    String photo,
    String managerKey,
    Boolean mfaRequired,
    Map<String, String> customAttributes,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    Map<String, Object> otherAttributes) {
  /** Shows only the fields that have a value: collections by size, maps by their keys. */
  @Override
  public String toString() {
    return RecordText.of(this);
  }


  /** Null other attributes become an empty map. */
  public Manager {
    otherAttributes = otherAttributes == null ? Map.of() : otherAttributes;
  }

  /** A manager without other attributes (the form before {@code otherAttributes} existed). */
  public Manager(String id, Long resellerId, String name, ManagerStatus status, String email, String role,
      ManagerRole managerRole, String phone, String photo, String managerKey, Boolean mfaRequired,
      Map<String, String> customAttributes, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    this(id, resellerId, name, status, email, role, managerRole, phone, photo, managerKey, mfaRequired,
        customAttributes, createdAt, updatedAt, Map.of());
  }
}
