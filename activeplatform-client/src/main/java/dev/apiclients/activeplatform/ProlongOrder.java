package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.util.List;
import java.util.Map;

/**
 * An order to prolong a subscription for its next period ({@code POST .../prolong_order}; 201 with
 * the order). Without resources the current amounts are prolonged; each resource gives the target
 * total. Since 5.4; 5.0 took {@code subscription_id} only.
 *
 * @param subscriptionId the subscription (required)
 * @param resources plan resources with their target quantities
 * @param promoCode a promo code
 * @param otherAttributes attributes sent as given (unmodifiable)
 */
public record ProlongOrder(
    Long subscriptionId, List<ResourceQuantity> resources, String promoCode, Map<String, Object> otherAttributes) {

  /** A builder; {@link Builder#build()} checks the documented rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** Shows the attributes that are set. */
  @Override
  public String toString() {
    return RecordText.of(this);
  }

  /** Builds a {@link ProlongOrder}. */
  public static final class Builder extends OrderBuilder<Builder, ProlongOrder> {
    private Builder() {
      super(ProlongOrder.class);
    }

    /** {@code subscription_id}: the subscription the order is for. Required. */
    public Builder subscriptionId(long subscriptionId) {
      return set("subscriptionId", subscriptionId);
    }

    @Override
    void check(Checks checks) {
      checks.required("subscriptionId");
    }
  }
}
