package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.util.Map;

/**
 * Changes to a customer account ({@code PATCH .../accounts/{account_id}}). The documents require
 * {@code account_type_id} even on an update, so it is required here too: send the account's current
 * type when you do not change it. Attributes not set are not sent (left as they are, assumed).
 *
 * @param accountTypeId the account type (required)
 * @param primaryName the company name
 * @param firstName the contact person's first name
 * @param middleName the contact person's middle name
 * @param lastName the contact person's last name
 * @param email the contact person's e-mail
 * @param managerId the linked manager (a sales person, active)
 * @param accountClassKey the account class, by key
 * @param techUserId the technical contact user
 * @param otherAttributes attributes sent as given (unmodifiable)
 */
public record AccountUpdate(
    Long accountTypeId, String primaryName, String firstName, String middleName, String lastName, String email,
    Long managerId, String accountClassKey, Long techUserId, Map<String, Object> otherAttributes) {

  /** A builder; {@link Builder#build()} checks the documented rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** Shows the attributes that are set. */
  @Override
  public String toString() {
    return RecordText.of(this);
  }

  /** Builds an {@link AccountUpdate}. */
  public static final class Builder extends AccountBuilder<Builder, AccountUpdate> {
    private Builder() {
      super(AccountUpdate.class);
    }

    /** {@code manager_id}: a manager with the sales person role and active status. */
    public Builder managerId(long managerId) {
      return set("managerId", managerId);
    }

    /** {@code account_class_key}: the account class by its key (not its id). */
    public Builder accountClassKey(String accountClassKey) {
      return set("accountClassKey", accountClassKey);
    }

    /** {@code tech_user_id}: the technical contact. */
    public Builder techUserId(long techUserId) {
      return set("techUserId", techUserId);
    }

    @Override
    void check(Checks checks) {
      checks.required("accountTypeId").email("email");
    }
  }
}
