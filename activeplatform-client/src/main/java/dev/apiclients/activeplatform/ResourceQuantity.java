package dev.apiclients.activeplatform;

/**
 * One plan resource and the total quantity wanted of it, as sales, prolong, renewal and switch
 * orders send it ({@code {"plan_resource_id": ..., "quantity": ...}} inside {@code resources.data}).
 *
 * @param planResourceId the plan resource (positive)
 * @param quantity the target amount (not negative)
 */
public record ResourceQuantity(long planResourceId, long quantity) {

  /** Checks the values. */
  public ResourceQuantity {
    if (planResourceId < 1) {
      throw new IllegalArgumentException("plan_resource_id must be positive, was " + planResourceId);
    }
    if (quantity < 0) {
      throw new IllegalArgumentException("quantity must not be negative, was " + quantity);
    }
  }
}
