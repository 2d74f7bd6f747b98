package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * A plan ({@code plans}). Any attribute may be null.
 *
 * @param id the plan id
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 * @param status the plan status
 * @param name the plan name
 * @param description the description
 * @param isPublic the {@code public} attribute: true when the plan is available for sale
 * @param planClassId the service term (plan class)
 * @param productId the product
 * @param billingType the billing type, as sent (its values are not documented)
 * @param ancestry for a delegated plan, the chain of parent plans; null for the reseller's own plans
 * @param resellerId the owner reseller
 * @param fixedPrice the plan's "Fixed price" option
 * @param otherAttributes attributes the documents do not show (unmodifiable)
 * @param planCategory the category, with {@code include=plan_category}
 */
public record Plan(
    String id, OffsetDateTime createdAt, OffsetDateTime updatedAt, EnumValue<PlanStatus> status, String name,
    String description, Boolean isPublic, Long planClassId, Long productId, String billingType, String ancestry,
    Long resellerId, Boolean fixedPrice, Map<String, Object> otherAttributes,
    Optional<IncludedResource> planCategory) {
  /** Shows only the fields that have a value: collections by size, maps by their keys. */
  @Override
  public String toString() {
    return RecordText.of(this);
  }
}
