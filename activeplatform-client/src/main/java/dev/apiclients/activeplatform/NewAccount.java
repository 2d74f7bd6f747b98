package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.util.Map;

/**
 * A customer account to create ({@code POST .../accounts}). The platform creates it without the
 * Terms and Conditions accepted and with "Work permit for postpaid" not verified. Only the first
 * attributes of the documented table are visible; send the rest (a new owner, an address, custom
 * attributes) with {@link Builder#attribute(String, Object)} under your platform's names.
 *
 * <pre>{@code
 * NewAccount.builder().accountTypeId(2).firstName("Ada").lastName("Lovelace").email("ada@example.com").build()
 * }</pre>
 *
 * @param accountTypeId the account type ({@code account_type_id}, required)
 * @param primaryName the company name
 * @param firstName the contact person's first name (required)
 * @param middleName the contact person's middle name
 * @param lastName the contact person's last name (required)
 * @param email the contact person's e-mail (required)
 * @param ownerId an existing user to attach as the owner
 * @param otherAttributes attributes sent as given (unmodifiable)
 */
public record NewAccount(
    Long accountTypeId, String primaryName, String firstName, String middleName, String lastName, String email,
    Long ownerId, Map<String, Object> otherAttributes) {

  /** A builder; {@link Builder#build()} checks the documented rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** Shows the attributes that are set. */
  @Override
  public String toString() {
    return RecordText.of(this);
  }

  /** Builds a {@link NewAccount}. */
  public static final class Builder extends AccountBuilder<Builder, NewAccount> {
    private Builder() {
      super(NewAccount.class);
    }

    /** {@code owner_id}: an existing user to attach as the account's owner. */
    public Builder ownerId(long ownerId) {
      return set("ownerId", ownerId);
    }

    @Override
    void check(Checks checks) {
      checks.required("accountTypeId", "firstName", "lastName", "email").email("email");
    }
  }
}
