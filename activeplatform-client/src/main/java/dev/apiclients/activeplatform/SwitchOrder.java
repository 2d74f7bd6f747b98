package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.util.List;
import java.util.Map;

/**
 * An order to switch a subscription to another plan ({@code POST .../switch_order}; 201 with the
 * order). The target must be among the subscription's switchable plans for the switch type.
 * {@code switch_type} is required by the newest documents (absent before them), so it is required
 * here.
 *
 * @param subscriptionId the subscription (required)
 * @param planId the target plan (required)
 * @param planPeriodId the period of the target plan (required)
 * @param resources plan resources with their quantities
 * @param promoCode a promo code
 * @param switchType immediate or delayed (required)
 * @param otherAttributes attributes sent as given (unmodifiable)
 */
public record SwitchOrder(
    Long subscriptionId, Long planId, Long planPeriodId, List<ResourceQuantity> resources, String promoCode,
    SwitchType switchType, Map<String, Object> otherAttributes) {

  /** A builder; {@link Builder#build()} checks the documented rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** Shows the attributes that are set. */
  @Override
  public String toString() {
    return RecordText.of(this);
  }

  /** Builds a {@link SwitchOrder}. */
  public static final class Builder extends OrderBuilder<Builder, SwitchOrder> {
    private Builder() {
      super(SwitchOrder.class);
    }

    /** {@code subscription_id}: the subscription the order is for. Required. */
    public Builder subscriptionId(long subscriptionId) {
      return set("subscriptionId", subscriptionId);
    }

    /** {@code plan_id}: the target plan. Required. */
    public Builder planId(long planId) {
      return set("planId", planId);
    }

    /** {@code plan_period_id}: the period of the target plan. Required. */
    public Builder planPeriodId(long planPeriodId) {
      return set("planPeriodId", planPeriodId);
    }

    /** {@code switch_type}. Required. */
    public Builder switchType(SwitchType switchType) {
      return set("switchType", switchType);
    }

    @Override
    void check(Checks checks) {
      checks.required("subscriptionId", "planId", "planPeriodId", "switchType");
    }
  }
}
