package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.util.List;
import java.util.Map;

/**
 * Changes to a manager ({@code PATCH .../managers/{manager_id}}). Every attribute is optional, at
 * least one must be set. A system administrator may update any manager, others only themselves.
 * {@code manager_role_id} is documented as a string here and as an integer on create; it is sent
 * as an integer (send {@code attribute("manager_role_id", "7")} for the other shape). The password
 * is never shown by {@link #toString()}.
 *
 * @param name the manager's name
 * @param status {@code active} or {@code inactive} (blocked)
 * @param admin {@code true} for a root-level administrator
 * @param managerRoleId the role (access level)
 * @param role the role as older platforms name it
 * @param password a new password
 * @param phone a phone number, {@code +...} or {@code 00...}
 * @param managerKey a unique key
 * @param customAttributes custom attributes (sent as {@code custom_attributes.data})
 * @param otherAttributes attributes sent as given (unmodifiable)
 */
public record ManagerUpdate(
    String name, String status, Boolean admin, Long managerRoleId, String role, String password, String phone,
    String managerKey, List<CustomAttribute> customAttributes, Map<String, Object> otherAttributes) {

  /** A builder; {@link Builder#build()} checks the documented rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** Shows the attributes that are set, the password masked. */
  @Override
  public String toString() {
    return RecordText.of(new ManagerUpdate(name, status, admin, managerRoleId, role, password == null ? null : "***",
        phone, managerKey, customAttributes, otherAttributes));
  }

  /** Builds a {@link ManagerUpdate}. */
  public static final class Builder extends ManagerBuilder<Builder, ManagerUpdate> {
    private Builder() {
      super(ManagerUpdate.class);
    }

    /**
     * {@code status}: {@link ManagerStatus#ACTIVE} lets the manager sign in, {@link
     * ManagerStatus#INACTIVE} blocks them (platforms before 6 wrote {@code Active}/{@code Inactive}:
     * pass {@code new ManagerStatus("Inactive")} there).
     */
    public Builder status(ManagerStatus status) {
      return set("status", status == null ? null : status.value());
    }

    @Override
    void check(Checks checks) {
      checks.notEmpty().notBlank("name", "status", "role", "password", "managerKey").phone("phone");
    }
  }
}
