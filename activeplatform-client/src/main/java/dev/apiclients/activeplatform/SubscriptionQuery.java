package dev.apiclients.activeplatform;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Filters, {@code meta} and includes for {@link Subscriptions#streamSubscriptions(long,
 * SubscriptionQuery)}. The documents give the include values on the single-subscription page; the
 * client assumes the list takes the same ones.
 */
public final class SubscriptionQuery extends ResourceQuery {

  /** The {@code include} values: {@code account}, {@code plan}, {@code subscription_period}, {@code subscription_resources}. */
  public static final Set<String> INCLUDES = Set.of("account", "plan", "subscription_period", "subscription_resources");

  private SubscriptionQuery(QueryBuilder.QuerySpec spec) {
    super(spec);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SubscriptionQuery}; {@link #build()} validates every value. */
  public static final class Builder extends QueryBuilder<Builder> {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** {@code filter[account_id]}: subscriptions of these accounts (a comma list). */
    public Builder accountIds(Collection<String> accountIds) {
      return list("filter[account_id]", accountIds);
    }

    /** {@code filter[account_id]} for one or more accounts. */
    public Builder accountId(String... accountIds) {
      return accountIds(accountIds == null ? null : List.of(accountIds));
    }

    /** {@code filter[plan_id]}: subscriptions of these plans (a comma list). */
    public Builder planIds(Collection<String> planIds) {
      return list("filter[plan_id]", planIds);
    }

    /** {@code filter[plan_id]} for one or more plans. */
    public Builder planId(String... planIds) {
      return planIds(planIds == null ? null : List.of(planIds));
    }

    /**
     * {@code filter[status]} (a comma list). The API's status strings are not documented; {@link
     * SubscriptionStatus} constants go out in lower case.
     */
    public Builder statuses(Collection<SubscriptionStatus> statuses) {
      List<String> texts = statuses == null ? null : statuses.stream()
          .map(s -> s == null || s == SubscriptionStatus.UNKNOWN ? null : s.name().toLowerCase(java.util.Locale.ROOT))
          .toList();
      return list("filter[status]", texts);
    }

    /** {@code filter[status]} for one or more statuses. */
    public Builder status(SubscriptionStatus... statuses) {
      return statuses(statuses == null ? null : java.util.Arrays.asList(statuses));
    }

    /** {@code filter[payment_model]}: {@code prepay} or {@code postpay}. */
    public Builder paymentModel(PaymentModel paymentModel) {
      return step(q -> {
        if (paymentModel == null || paymentModel == PaymentModel.UNKNOWN) {
          throw new IllegalArgumentException("filter[payment_model] must be PREPAY or POSTPAY, got " + paymentModel);
        }
        q.put("filter[payment_model]", paymentModel.name().toLowerCase(java.util.Locale.ROOT));
      });
    }

    /** {@code filter[trial]}: true for trials, false for commercial subscriptions. */
    public Builder trial(boolean trial) {
      return step(q -> q.put("filter[trial]", String.valueOf(trial)));
    }

    /** Created strictly after this instant ({@code filter[created_at][gt]}; the bounds are inferred). */
    public Builder createdAfter(OffsetDateTime bound) {
      return after("created_at", bound);
    }

    /** Created strictly after this date. */
    public Builder createdAfter(LocalDate bound) {
      return after("created_at", bound);
    }

    /** Created strictly before this instant ({@code filter[created_at][lt]}). */
    public Builder createdBefore(OffsetDateTime bound) {
      return before("created_at", bound);
    }

    /** Created strictly before this date. */
    public Builder createdBefore(LocalDate bound) {
      return before("created_at", bound);
    }

    /** {@code meta=true}: also return the subscriptions' additional attributes (in {@code otherAttributes}). */
    public Builder meta(boolean meta) {
      return step(q -> q.put("meta", String.valueOf(meta)));
    }

    /** {@code include}, from {@link #INCLUDES}; the resources come back on each subscription. */
    public Builder include(String... include) {
      List<String> copy = include == null ? null : java.util.Arrays.asList(include.clone());
      return step(q -> q.appendFrom("include", INCLUDES, copy));
    }

    /**
     * Validates and builds the query.
     *
     * @throws IllegalArgumentException naming the bad parameter
     */
    public SubscriptionQuery build() {
      return new SubscriptionQuery(spec());
    }
  }
}
