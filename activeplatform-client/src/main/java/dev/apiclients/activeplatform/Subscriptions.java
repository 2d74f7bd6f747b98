package dev.apiclients.activeplatform;

import java.util.List;
import java.util.stream.Stream;

/**
 * A reseller's subscriptions ({@code GET /api/v3/resellers/{reseller_id}/subscriptions}). Get it
 * with {@link ActivePlatformClient#subscriptions()}. Listings follow {@code links.next}; bad
 * arguments throw {@link IllegalArgumentException} before any request.
 */
public final class Subscriptions {

  private final ResourceCalls<Subscription> calls;

  Subscriptions(ResourceCalls<Subscription> calls) {
    this.calls = calls;
  }

  /** Every subscription of the reseller (every page). */
  public List<Subscription> getSubscriptions(long resellerId) {
    return calls.list(resellerId);
  }

  /** Every subscription as a lazy stream. */
  public Stream<Subscription> streamSubscriptions(long resellerId) {
    return calls.stream(resellerId);
  }

  /** The subscriptions that match the query (filters, {@code meta}, include), as a lazy stream. */
  public Stream<Subscription> streamSubscriptions(long resellerId, SubscriptionQuery query) {
    return calls.stream(resellerId, query);
  }

  /**
   * One subscription by id, with optional {@code include} values from {@link
   * SubscriptionQuery#INCLUDES} (the included resources come back on the subscription).
   */
  public Subscription getSubscription(long resellerId, String subscriptionId, String... include) {
    return calls.get(resellerId, subscriptionId, SubscriptionQuery.INCLUDES, include);
  }
}
