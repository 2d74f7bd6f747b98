package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.util.List;
import java.util.Map;

/**
 * An order to change a subscription's resource quantities ({@code POST .../change_order}; 201 with
 * the order), such as adding seats. Each resource names the subscription resource and the quantity
 * above the plan-included amount ({@link ResourceChange}); the platform refuses a quantity equal to
 * the one already ordered (422).
 *
 * @param subscriptionId the subscription (required)
 * @param resources the subscription resources with their new additional quantities
 * @param promoCode a promo code
 * @param otherAttributes attributes sent as given (unmodifiable)
 */
public record ChangeOrder(
    Long subscriptionId, List<ResourceChange> resources, String promoCode, Map<String, Object> otherAttributes) {

  /** A builder; {@link Builder#build()} checks the documented rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** Shows the attributes that are set. */
  @Override
  public String toString() {
    return RecordText.of(this);
  }

  /** Builds a {@link ChangeOrder}. */
  public static final class Builder extends RequestBuilder<Builder, ChangeOrder> {
    private Builder() {
      super(ChangeOrder.class);
    }

    /** {@code subscription_id}: the subscription the order is for. Required. */
    public Builder subscriptionId(long subscriptionId) {
      return set("subscriptionId", subscriptionId);
    }

    /** Adds one subscription resource with its new additional quantity. */
    public Builder resource(long resourceId, long additional) {
      return add("resources", new ResourceChange(resourceId, additional));
    }

    /** Replaces the resources; null or empty sends none. */
    public Builder resources(java.util.Collection<ResourceChange> resources) {
      return setAll("resources", resources);
    }

    /** {@code promo_code}. */
    public Builder promoCode(String promoCode) {
      return set("promoCode", promoCode);
    }

    @Override
    void check(Checks checks) {
      checks.required("subscriptionId");
    }
  }
}
