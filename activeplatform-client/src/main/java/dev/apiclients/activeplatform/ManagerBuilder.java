package dev.apiclients.activeplatform;

import java.util.Collection;

/**
 * What the manager create and update builders share.
 *
 * @param <B> the concrete builder
 * @param <R> the request it builds
 */
public abstract class ManagerBuilder<B extends ManagerBuilder<B, R>, R extends Record> extends RequestBuilder<B, R> {

  ManagerBuilder(Class<R> type) {
    super(type);
  }

  /** {@code name} (required on create). */
  public B name(String name) {
    return set("name", name);
  }

  /** {@code password}: must meet the platform's password settings (required on create). */
  public B password(String password) {
    return set("password", password);
  }

  /** {@code admin}: {@code true} for a root-level administrator. */
  public B admin(boolean admin) {
    return set("admin", admin);
  }

  /** {@code manager_role_id}: the role (see {@link Managers#getManagerRoles(long)}), sent as an integer. */
  public B managerRoleId(long managerRoleId) {
    return set("managerRoleId", managerRoleId);
  }

  /** {@code role}: the role string of older platforms (5.0), instead of {@code admin}. */
  public B role(String role) {
    return set("role", role);
  }

  /** {@code phone}: {@code +<country><city><number>} or {@code 00...}. */
  public B phone(String phone) {
    return set("phone", phone);
  }

  /** {@code manager_key}: a unique key. */
  public B managerKey(String managerKey) {
    return set("managerKey", managerKey);
  }

  /** Adds one custom attribute. */
  public B customAttribute(String key, String value) {
    return add("customAttributes", new CustomAttribute(key, value));
  }

  /** Replaces the custom attributes; null or empty sends none. */
  public B customAttributes(Collection<CustomAttribute> customAttributes) {
    return setAll("customAttributes", customAttributes);
  }
}
