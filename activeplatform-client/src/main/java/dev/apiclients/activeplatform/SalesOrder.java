package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.util.List;
import java.util.Map;

/**
 * An order for a new subscription ({@code POST .../sales_order}); the subscription comes out of
 * the order. Only the first rows of the documented table are visible: {@code resources} and {@code
 * promo_code} are assumed to be sent as the other orders send them. For Microsoft and Google plans
 * the documents say to send "the ID of the completed asynchronous task" (see {@link
 * Plans#validateOrderAttributes}) under a name that is not visible: send it with {@code
 * attribute("<name>", taskId)} (the name may be {@code async_task_id}; check your platform's
 * Postman collection).
 *
 * @param accountId the account that orders (required)
 * @param planId the plan (required)
 * @param planPeriodId the plan period (required)
 * @param paymentModel prepay or postpay (required)
 * @param subscriptionCreditLimitUseSystem {@code true} to use the account's credit limit
 * @param resources plan resources with their quantities [assumed shape]
 * @param promoCode a promo code [assumed]
 * @param otherAttributes attributes sent as given (unmodifiable)
 */
public record SalesOrder(
    Long accountId, Long planId, Long planPeriodId, PaymentModel paymentModel,
    Boolean subscriptionCreditLimitUseSystem, List<ResourceQuantity> resources, String promoCode,
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

  /** Builds a {@link SalesOrder}. */
  public static final class Builder extends OrderBuilder<Builder, SalesOrder> {
    private Builder() {
      super(SalesOrder.class);
    }

    /** {@code account_id}. Required. */
    public Builder accountId(long accountId) {
      return set("accountId", accountId);
    }

    /** {@code plan_id}. Required. */
    public Builder planId(long planId) {
      return set("planId", planId);
    }

    /** {@code plan_period_id}. Required. */
    public Builder planPeriodId(long planPeriodId) {
      return set("planPeriodId", planPeriodId);
    }

    /** {@code payment_model}: {@link PaymentModel#PREPAY} or {@link PaymentModel#POSTPAY}. Required. */
    public Builder paymentModel(PaymentModel paymentModel) {
      return set("paymentModel", paymentModel);
    }

    /** {@code subscription_credit_limit_use_system}: {@code true} uses the account's (or its class's) credit limit. */
    public Builder subscriptionCreditLimitUseSystem(boolean useSystem) {
      return set("subscriptionCreditLimitUseSystem", useSystem);
    }

    @Override
    void check(Checks checks) {
      checks.required("accountId", "planId", "planPeriodId", "paymentModel").knownEnum("paymentModel");
    }
  }
}
