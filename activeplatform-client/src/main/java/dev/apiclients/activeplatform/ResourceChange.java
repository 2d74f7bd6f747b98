package dev.apiclients.activeplatform;

/**
 * One subscription resource and its new additional quantity, as a change order sends it ({@code
 * {"resource_id": ..., "additional": ...}} inside {@code resources.data}). Unlike the other orders,
 * a change order names the subscription's resource (not the plan resource) and the quantity above
 * what the plan includes (not the total). Sending the quantity already ordered is refused by the
 * platform (422).
 *
 * @param resourceId the subscription resource (positive)
 * @param additional the quantity above the plan-included amount (not negative)
 */
public record ResourceChange(long resourceId, long additional) {

  /** Checks the values. */
  public ResourceChange {
    if (resourceId < 1) {
      throw new IllegalArgumentException("resource_id must be positive, was " + resourceId);
    }
    if (additional < 0) {
      throw new IllegalArgumentException("additional must not be negative, was " + additional);
    }
  }
}
