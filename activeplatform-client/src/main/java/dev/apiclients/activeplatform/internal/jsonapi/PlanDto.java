package dev.apiclients.activeplatform.internal.jsonapi;

import com.github.jasminb.jsonapi.annotations.Type;
import dev.apiclients.activeplatform.EnumValue;
import dev.apiclients.activeplatform.IncludedResource;
import dev.apiclients.activeplatform.Plan;
import dev.apiclients.activeplatform.PlanStatus;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A {@code plans} resource. */
@Type("plans")
public final class PlanDto extends ResourceDto<Plan> {
  OffsetDateTime createdAt;
  OffsetDateTime updatedAt;
  EnumValue<PlanStatus> status;
  String name;
  String description;
  Boolean isPublic;
  Long planClassId;
  Long productId;
  String billingType;
  String ancestry;
  Long resellerId;
  Boolean fixedPrice;

  @Untyped("plan_category")
  IncludedResource planCategory;

  @Override
  protected Plan toRecord() {
    return new Plan(id(), createdAt, updatedAt, status, name, description, isPublic, planClassId, productId,
        billingType, ancestry, resellerId, fixedPrice, otherAttributes(), Optional.ofNullable(planCategory));
  }
}
