package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.util.List;
import java.util.Map;

/**
 * An order to renew a subscription by hand ({@code POST .../renewal_order}; 201 with the order).
 * The platform requires resources when a resource has a non-zero included or additional amount,
 * and the quantity must then equal the current one.
 *
 * @param subscriptionId the subscription (required)
 * @param planPeriodId the period to renew for (required)
 * @param resources plan resources with their quantities
 * @param promoCode a promo code
 * @param otherAttributes attributes sent as given (unmodifiable)
 */
public record RenewalOrder(
    Long subscriptionId, Long planPeriodId, List<ResourceQuantity> resources, String promoCode,
    Map<String, Object> otherAttributes) {

  /** A builder; {@link Builder#build()} checks the documented rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** Shows the attributes that are set. */
  @Override
  public String toString() {
    return RecordText.of(this);
  }

  /** Builds a {@link RenewalOrder}. */
  public static final class Builder extends OrderBuilder<Builder, RenewalOrder> {
    private Builder() {
      super(RenewalOrder.class);
    }

    /** {@code subscription_id}: the subscription the order is for. Required. */
    public Builder subscriptionId(long subscriptionId) {
      return set("subscriptionId", subscriptionId);
    }

    /** {@code plan_period_id}: the period to renew for. Required. */
    public Builder planPeriodId(long planPeriodId) {
      return set("planPeriodId", planPeriodId);
    }

    @Override
    void check(Checks checks) {
      checks.required("subscriptionId", "planPeriodId");
    }
  }
}
