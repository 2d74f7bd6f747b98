package dev.apiclients.activeplatform;

import java.util.List;
import java.util.stream.Stream;

/**
 * A reseller's plans ({@code GET /api/v3/resellers/{reseller_id}/plans}). Get it with {@link
 * ActivePlatformClient#plans()}. Listings follow {@code links.next}; bad arguments throw {@link
 * IllegalArgumentException} before any request.
 */
public final class Plans {

  private final ResourceCalls<Plan> calls;

  Plans(ResourceCalls<Plan> calls) {
    this.calls = calls;
  }

  /** Every plan of the reseller (every page). */
  public List<Plan> getPlans(long resellerId) {
    return calls.list(resellerId);
  }

  /** Every plan as a lazy stream. */
  public Stream<Plan> streamPlans(long resellerId) {
    return calls.stream(resellerId);
  }

  /** The plans that match the query, as a lazy stream. */
  public Stream<Plan> streamPlans(long resellerId, PlanQuery query) {
    return calls.stream(resellerId, query);
  }

  /** One plan by id, with optional {@code include=plan_category}. */
  public Plan getPlan(long resellerId, String planId, String... include) {
    return calls.get(resellerId, planId, PlanQuery.INCLUDES, include);
  }
}
