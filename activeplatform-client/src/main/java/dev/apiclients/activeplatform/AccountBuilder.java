package dev.apiclients.activeplatform;

/**
 * What the account create and update builders share: the account type and the contact person.
 *
 * @param <B> the concrete builder
 * @param <R> the request it builds
 */
public abstract class AccountBuilder<B extends AccountBuilder<B, R>, R extends Record> extends RequestBuilder<B, R> {

  AccountBuilder(Class<R> type) {
    super(type);
  }

  /** {@code account_type_id}: the account type (see the account attributes read). Required on create and update. */
  public B accountTypeId(long accountTypeId) {
    return set("accountTypeId", accountTypeId);
  }

  /** {@code primary_name}: the company name. */
  public B primaryName(String primaryName) {
    return set("primaryName", primaryName);
  }

  /** {@code first_name}: the contact person's first name (required on create). */
  public B firstName(String firstName) {
    return set("firstName", firstName);
  }

  /** {@code middle_name}. */
  public B middleName(String middleName) {
    return set("middleName", middleName);
  }

  /** {@code last_name}: the contact person's last name (required on create). */
  public B lastName(String lastName) {
    return set("lastName", lastName);
  }

  /** {@code email}: the contact person's e-mail (required on create). */
  public B email(String email) {
    return set("email", email);
  }
}
