package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.util.Collection;
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
  public static final class Builder extends RequestBuilder<Builder, ManagerUpdate> {
    private Builder() {
      super(ManagerUpdate.class);
    }

    /** {@code name}. */
    public Builder name(String name) {
      return set("name", name);
    }

    /**
     * {@code status}: {@link ManagerStatus#ACTIVE} lets the manager sign in, {@link
     * ManagerStatus#INACTIVE} blocks them (platforms before 6 wrote {@code Active}/{@code Inactive}:
     * pass {@code new ManagerStatus("Inactive")} there).
     */
    public Builder status(ManagerStatus status) {
      return set("status", status == null ? null : status.value());
    }

    /** {@code admin}. */
    public Builder admin(boolean admin) {
      return set("admin", admin);
    }

    /** {@code manager_role_id}, sent as an integer. */
    public Builder managerRoleId(long managerRoleId) {
      return set("managerRoleId", managerRoleId);
    }

    /** {@code role}: older platforms only. */
    public Builder role(String role) {
      return set("role", role);
    }

    /** {@code password}. */
    public Builder password(String password) {
      return set("password", password);
    }

    /** {@code phone}: {@code +...} or {@code 00...}. */
    public Builder phone(String phone) {
      return set("phone", phone);
    }

    /** {@code manager_key}. */
    public Builder managerKey(String managerKey) {
      return set("managerKey", managerKey);
    }

    /** Adds one custom attribute. */
    public Builder customAttribute(String key, String value) {
      return add("customAttributes", new CustomAttribute(key, value));
    }

    /** Replaces the custom attributes. */
    public Builder customAttributes(Collection<CustomAttribute> customAttributes) {
      return setAll("customAttributes", customAttributes);
    }

    @Override
    void check(Checks checks) {
      checks.notEmpty().notBlank("name", "status", "role", "password", "managerKey").phone("phone");
    }
  }
}
