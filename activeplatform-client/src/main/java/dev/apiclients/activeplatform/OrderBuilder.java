package dev.apiclients.activeplatform;

import java.util.Collection;

/**
 * What the sales, prolong, renewal and switch order builders share: plan resources with their
 * target quantities (sent as {@code "resources": {"data": [...]}}) and a promo code. A change order
 * names its resources differently (see {@link ChangeOrder}).
 *
 * @param <B> the concrete builder
 * @param <R> the order request it builds
 */
public abstract class OrderBuilder<B extends OrderBuilder<B, R>, R extends Record> extends RequestBuilder<B, R> {

  OrderBuilder(Class<R> type) {
    super(type);
  }

  /** Adds one plan resource with the total quantity wanted. */
  public B resource(long planResourceId, long quantity) {
    return add("resources", new ResourceQuantity(planResourceId, quantity));
  }

  /** Replaces the resources; null or empty sends none. */
  public B resources(Collection<ResourceQuantity> resources) {
    return setAll("resources", resources);
  }

  /** {@code promo_code}. */
  public B promoCode(String promoCode) {
    return set("promoCode", promoCode);
  }
}
