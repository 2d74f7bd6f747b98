package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.util.List;
import java.util.Map;

/**
 * A manager to create ({@code POST .../managers}; only a system administrator may). The newest
 * documents take {@code admin} and {@code manager_role_id}; older platforms (5.0) a required
 * {@code role} string instead: set whichever your platform documents. The password is never shown
 * by {@link #toString()}.
 *
 * @param name the manager's name (required)
 * @param email the login e-mail (required)
 * @param password a password meeting the platform's password settings (required)
 * @param admin {@code true} for a root-level administrator
 * @param managerRoleId the role (access level); ignored when {@code admin} is true
 * @param role the role as older platforms name it, such as {@code admin}
 * @param phone a phone number, {@code +...} or {@code 00...}
 * @param managerKey a unique key
 * @param customAttributes custom attributes (sent as {@code custom_attributes.data})
 * @param otherAttributes attributes sent as given (unmodifiable)
 */
public record NewManager(
    String name, String email, String password, Boolean admin, Long managerRoleId, String role, String phone,
    String managerKey, List<CustomAttribute> customAttributes, Map<String, Object> otherAttributes) {

  /** A builder; {@link Builder#build()} checks the documented rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** Shows the attributes that are set, the password masked. */
  @Override
  public String toString() {
    return RecordText.of(new NewManager(name, email, password == null ? null : "***", admin, managerRoleId, role,
        phone, managerKey, customAttributes, otherAttributes));
  }

  /** Builds a {@link NewManager}. */
  public static final class Builder extends ManagerBuilder<Builder, NewManager> {
    private Builder() {
      super(NewManager.class);
    }

    /** {@code email}: the login for the Operator Control Panel. Required. */
    public Builder email(String email) {
      return set("email", email);
    }

    @Override
    void check(Checks checks) {
      checks.required("name", "email", "password").email("email").phone("phone");
    }
  }
}
