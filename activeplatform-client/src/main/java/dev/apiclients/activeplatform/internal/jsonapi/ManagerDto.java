package dev.apiclients.activeplatform.internal.jsonapi;

import com.github.jasminb.jsonapi.annotations.Type;
import dev.apiclients.activeplatform.Manager;
import dev.apiclients.activeplatform.ManagerRole;
import dev.apiclients.activeplatform.ManagerStatus;
import java.time.OffsetDateTime;
import java.util.Map;

/** A {@code managers} resource. */
@Type("managers")
public final class ManagerDto extends ResourceDto<Manager> {
  Long resellerId;
  String name;
  ManagerStatus status;
  String email;
  String role;
  Role managerRole;
  String phone;
  String photo;
  String managerKey;
  Boolean mfaRequired;
  Map<String, String> customAttributes;
  OffsetDateTime createdAt;
  OffsetDateTime updatedAt;

  @Override
  protected Manager toRecord() {
    return new Manager(id(), resellerId, name, status, email, role, nested(managerRole, Role::toRecord), phone,
        photo, managerKey, mfaRequired, orEmpty(customAttributes), createdAt, updatedAt, otherAttributes());
  }

  /** The {@code manager_role} object. */
  static final class Role {
    Long id;
    String name;

    ManagerRole toRecord() {
      return new ManagerRole(id, name);
    }
  }
}
