package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.util.Map;

/**
 * The additional (vendor) order attributes of a plan to validate before a sales order ({@code POST
 * .../plans/{plan_id}/order_attributes_validation}), which starts an async task. Only {@code
 * account_id} is visible in the argument table; the Microsoft keys are named in the documents'
 * prose with the value {@code 1}, and are sent flat in {@code attributes} with {@code 1} or {@code
 * 0} (an assumption: the layout is not visible). Other vendors' keys go through {@link
 * Builder#attribute(String, Object)}; the platform ignores the Microsoft keys when the account is
 * already linked to a tenant.
 *
 * @param accountId the account that will order (required)
 * @param microsoftCustomerAgreement 1 when Microsoft Customer Agreement acceptance is needed
 * @param isNewDomain 1 to create a new tenant name ({@code .onmicrosoft.com} is appended)
 * @param withSubdomain 1 to use a subdomain
 * @param customerDomain the customer's domain or tenant name
 * @param otherAttributes attributes sent as given (unmodifiable)
 */
public record OrderAttributesValidation(
    Long accountId, Integer microsoftCustomerAgreement, Integer isNewDomain, Integer withSubdomain,
    String customerDomain, Map<String, Object> otherAttributes) {

  /** A builder; {@link Builder#build()} checks the documented rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** Shows the attributes that are set. */
  @Override
  public String toString() {
    return RecordText.of(this);
  }

  /** Builds an {@link OrderAttributesValidation}. */
  public static final class Builder extends RequestBuilder<Builder, OrderAttributesValidation> {
    private Builder() {
      super(OrderAttributesValidation.class);
    }

    /** {@code account_id}. Required. */
    public Builder accountId(long accountId) {
      return set("accountId", accountId);
    }

    /** {@code microsoft_customer_agreement}: sent as 1 or 0. */
    public Builder microsoftCustomerAgreement(boolean needed) {
      return set("microsoftCustomerAgreement", needed ? 1 : 0);
    }

    /** {@code is_new_domain}: sent as 1 or 0. */
    public Builder isNewDomain(boolean newDomain) {
      return set("isNewDomain", newDomain ? 1 : 0);
    }

    /** {@code with_subdomain}: sent as 1 or 0. */
    public Builder withSubdomain(boolean withSubdomain) {
      return set("withSubdomain", withSubdomain ? 1 : 0);
    }

    /** {@code customer_domain}. */
    public Builder customerDomain(String customerDomain) {
      return set("customerDomain", customerDomain);
    }

    @Override
    void check(Checks checks) {
      checks.required("accountId").notBlank("customerDomain");
    }
  }
}
