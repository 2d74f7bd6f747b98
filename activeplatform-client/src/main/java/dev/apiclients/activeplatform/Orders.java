package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.JsonApiWriter;
import dev.apiclients.activeplatform.internal.WriteBodies;
import dev.apiclients.activeplatform.internal.WriteOperation;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A reseller's orders ({@code GET /api/v3/resellers/{reseller_id}/orders}). Get it with {@link
 * ActivePlatformClient#orders()}. Listings follow {@code links.next}; bad arguments throw {@link
 * IllegalArgumentException} before any request.
 *
 * <p>Each order kind has its own create method and answers 201 with the order, typically in
 * {@code waiting_for_payment}; provisioning follows later (read the order to follow it). The
 * platform checks credit limits, plan resource ranges, sanctions and the subscription's {@link
 * Subscription#ability()}.
 *
 * <p><b>An order create is never re-sent</b> after it may have reached the platform (a reset, a
 * timeout, a 5xx): each POST makes a new order, so a blind retry can order twice. Before ordering
 * again, list the account's orders newest first and look for the one that may have been made:
 *
 * <pre>{@code
 * ap.orders().streamOrders(resellerId, OrderQuery.builder().accountId(accountId)
 *     .sortDescending("created_at").include("subscription").build()).limit(20)
 * }</pre>
 *
 * <p>A duplicate still {@code waiting_for_payment} can be withdrawn with {@link #cancelOrder}.
 */
public final class Orders {

  private final ResourceCalls<Order> calls;
  private final JsonApiWriter writer;

  Orders(ResourceCalls<Order> calls, JsonApiWriter writer) {
    this.calls = calls;
    this.writer = writer;
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

  /**
   * Orders a new subscription ({@code POST .../sales_order}); the subscription comes out of the
   * order. For Microsoft and Google plans validate the order attributes first ({@link
   * Plans#validateOrderAttributes}). The response is not visible: a 201 with the order is assumed.
   *
   * <p><b>Before retrying after an unknown outcome:</b> list the account's orders newest first and
   * look for a new sales order (see the class description).
   *
   * @throws IllegalArgumentException if the order breaks a documented rule (nothing is sent)
   */
  public Order createSalesOrder(long resellerId, SalesOrder order) {
    return create(resellerId, "sales_order", order, "createSalesOrder", null, "sales",
        o -> "account " + o.accountId());
  }

  /**
   * Changes a subscription's resource quantities ({@code POST .../change_order}; 201 with the
   * order), such as adding seats. Guarded by {@code ability.adjust}; an unchanged quantity is
   * refused (422).
   *
   * <p><b>Before retrying after an unknown outcome:</b> list the subscription's account's orders
   * newest first and look for a new change order (see the class description).
   */
  public Order createChangeOrder(long resellerId, ChangeOrder order) {
    return create(resellerId, "change_order", order, "createChangeOrder", "adjust", "change",
        o -> "subscription " + o.subscriptionId());
  }

  /**
   * Prolongs a subscription for its next period ({@code POST .../prolong_order}; 201 with the
   * order). Guarded by {@code ability.prolong}.
   *
   * <p><b>Before retrying after an unknown outcome:</b> list the subscription's account's orders
   * newest first and look for a new prolong order (see the class description).
   */
  public Order createProlongOrder(long resellerId, ProlongOrder order) {
    return create(resellerId, "prolong_order", order, "createProlongOrder", "prolong", "prolong",
        o -> "subscription " + o.subscriptionId());
  }

  /**
   * Renews a subscription by hand ({@code POST .../renewal_order}; 201 with the order). Guarded by
   * {@code ability.renew}.
   *
   * <p><b>Before retrying after an unknown outcome:</b> list the subscription's account's orders
   * newest first and look for a new renewal order (see the class description).
   */
  public Order createRenewalOrder(long resellerId, RenewalOrder order) {
    return create(resellerId, "renewal_order", order, "createRenewalOrder", "renew", "renewal",
        o -> "subscription " + o.subscriptionId());
  }

  /**
   * Switches a subscription to another plan ({@code POST .../switch_order}; 201 with the order).
   * The target must be among the subscription's switchable plans. Guarded by {@code
   * ability.switch_plan}.
   *
   * <p><b>Before retrying after an unknown outcome:</b> list the subscription's account's orders
   * newest first and look for a new switch order (see the class description).
   */
  public Order createSwitchOrder(long resellerId, SwitchOrder order) {
    return create(resellerId, "switch_order", order, "createSwitchOrder", "switch_plan", "switch",
        o -> "subscription " + o.subscriptionId());
  }

  /**
   * Cancels an order ({@code POST .../orders/{order_id}/cancel_operation}, no body; 200, empty
   * body). The operator guide allows it only for an order in {@code waiting_for_payment} of a
   * prepay account; the API is assumed to enforce the same.
   *
   * <p><b>Before retrying after an unknown outcome:</b> read the order with {@link #getOrder}: a
   * {@code cancelled} status means it took effect.
   */
  public void cancelOrder(long resellerId, String orderId) {
    String id = JsonApiWriter.requireId(orderId, "orderId");
    URI url = writer.url(resellerId, "orders", id, "cancel_operation");
    writer.run(WriteOperation.of("cancelOrder", "Read the order (orders().getOrder(" + resellerId + ", \"" + id
        + "\")): status cancelled means the cancellation took effect."), () -> writer.api().operationWithoutBody(url));
  }

  /**
   * Checks and sends one order create, whose unknown outcome is checked by looking for a new order
   * of the kind for the account or subscription.
   */
  private <R extends Record> Order create(long resellerId, String path, R order, String name, String abilityFlag,
      String kind, Function<R, String> forWhom) {
    RequestBuilder.checked(order, "order");
    URI url = writer.url(resellerId, path, null, null);
    WriteOperation operation = new WriteOperation(name, abilityFlag, "Before ordering again, list the account's"
        + " orders newest first (orders().streamOrders(" + resellerId + ", OrderQuery.builder().accountId(...)"
        + ".sortDescending(\"created_at\").include(\"subscription\").build())) and look for a new " + kind
        + " order for " + forWhom.apply(order) + ": each POST makes a new order, so a second one would be a duplicate"
        + " (cancelOrder withdraws one still waiting for payment).");
    return writer.send(operation, () -> writer.api().createOrder(url, WriteBodies.of(order))).data();
  }
}
