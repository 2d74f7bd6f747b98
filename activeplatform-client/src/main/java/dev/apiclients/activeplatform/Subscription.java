package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A subscription ({@code subscriptions}). Any attribute may be null. {@code start_date} and
 * {@code expiration_date} are read as dates whether the platform sends a date or a date-time (its
 * format is not visible). Included resources are present only when asked for with {@code include}.
 *
 * @param id the subscription id
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 * @param planId the subscription's plan
 * @param accountId the owning account
 * @param name the subscription name
 * @param trial true for a trial, false for a commercial subscription
 * @param status the lifecycle status
 * @param startDate the activation date
 * @param expirationDate the expiry date
 * @param paymentModel prepay or postpay (a v1 attribute, assumed in v3 as its filter exists)
 * @param otherAttributes attributes the documents do not show (unmodifiable)
 * @param account the account, with {@code include=account}
 * @param plan the plan, with {@code include=plan}
 * @param subscriptionPeriod the ordered period, with {@code include=subscription_period}
 * @param subscriptionResources the orderable resources, with {@code include=subscription_resources}
 */
public record Subscription(
    String id, OffsetDateTime createdAt, OffsetDateTime updatedAt, Long planId, Long accountId, String name,
    Boolean trial, EnumValue<SubscriptionStatus> status, LocalDate startDate, LocalDate expirationDate,
    EnumValue<PaymentModel> paymentModel, Map<String, Object> otherAttributes, Optional<Account> account,
    Optional<Plan> plan, Optional<IncludedResource> subscriptionPeriod,
    List<IncludedResource> subscriptionResources) {
  /**
   * Which operations the platform allows on this subscription now ({@code ability}, from {@link
   * #otherAttributes()}); every flag null when the platform sent none. Read it before a write: an
   * operation outside it is answered 403.
   */
  public SubscriptionAbility ability() {
    return SubscriptionAbility.of(otherAttributes == null ? null : otherAttributes.get("ability"));
  }

  /** The renewal settings ({@code renewal_settings}, from {@link #otherAttributes()}); values null when absent. */
  public RenewalSettings renewalSettings() {
    return RenewalSettings.of(otherAttributes == null ? null : otherAttributes.get("renewal_settings"));
  }

  /** Shows only the fields that have a value: collections by size, maps by their keys. */
  @Override
  public String toString() {
    return RecordText.of(this);
  }
}
