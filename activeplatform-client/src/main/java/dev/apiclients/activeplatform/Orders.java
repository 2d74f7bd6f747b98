package dev.apiclients.activeplatform;

import java.util.List;
import java.util.stream.Stream;

/**
 * A reseller's orders ({@code GET /api/v3/resellers/{reseller_id}/orders}). Get it with {@link
 * ActivePlatformClient#orders()}. Listings follow {@code links.next}; bad arguments throw {@link
 * IllegalArgumentException} before any request.
 */
public final class Orders {

  private final ResourceCalls<Order> calls;

  Orders(ResourceCalls<Order> calls) {
    this.calls = calls;
  }

  /** Every order of the reseller (every page, in the platform's default order). */
  public List<Order> getOrders(long resellerId) {
    return calls.list(resellerId);
  }

  /** Every order as a lazy stream. */
  public Stream<Order> streamOrders(long resellerId) {
    return calls.stream(resellerId);
  }

  /** The orders that match the query (sort, filters, include), as a lazy stream. */
  public Stream<Order> streamOrders(long resellerId, OrderQuery query) {
    return calls.stream(resellerId, query);
  }

  /** One order by id, with optional {@code include} values from {@link OrderQuery#INCLUDES}. */
  public Order getOrder(long resellerId, String orderId, String... include) {
    return calls.get(resellerId, orderId, OrderQuery.INCLUDES, include);
  }
}
