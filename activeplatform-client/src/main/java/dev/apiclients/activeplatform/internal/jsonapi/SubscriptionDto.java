package dev.apiclients.activeplatform.internal.jsonapi;

import com.github.jasminb.jsonapi.annotations.Relationship;
import com.github.jasminb.jsonapi.annotations.Type;
import dev.apiclients.activeplatform.EnumValue;
import dev.apiclients.activeplatform.IncludedResource;
import dev.apiclients.activeplatform.PaymentModel;
import dev.apiclients.activeplatform.Subscription;
import dev.apiclients.activeplatform.SubscriptionStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A {@code subscriptions} resource. */
@Type("subscriptions")
public final class SubscriptionDto extends ResourceDto<Subscription> {
  OffsetDateTime createdAt;
  OffsetDateTime updatedAt;
  Long planId;
  Long accountId;
  String name;
  Boolean trial;
  EnumValue<SubscriptionStatus> status;
  LocalDate startDate;
  LocalDate expirationDate;
  EnumValue<PaymentModel> paymentModel;

  @Relationship("account")
  AccountDto account;

  @Relationship("plan")
  PlanDto plan;

  @Untyped("subscription_period")
  IncludedResource subscriptionPeriod;

  @Untyped("subscription_resources")
  List<IncludedResource> subscriptionResources;

  @Override
  protected Subscription toRecord() {
    return new Subscription(id(), createdAt, updatedAt, planId, accountId, name, trial, status, startDate,
        expirationDate, paymentModel, otherAttributes(), one(account), one(plan),
        Optional.ofNullable(subscriptionPeriod), mapped(subscriptionResources, resource -> resource));
  }
}
