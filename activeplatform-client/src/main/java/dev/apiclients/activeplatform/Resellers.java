package dev.apiclients.activeplatform;

import java.util.List;
import java.util.stream.Stream;

/**
 * Resellers: one by id ({@code GET /api/v3/resellers/{reseller_id}}) and the downstream resellers
 * of all levels below one ({@code .../child_resellers}). Get it with {@link
 * ActivePlatformClient#resellers()}.
 */
public final class Resellers {

  private final ResourceCalls<Reseller> self;
  private final ResourceCalls<Reseller> children;

  Resellers(ResourceCalls<Reseller> self, ResourceCalls<Reseller> children) {
    this.self = self;
    this.children = children;
  }

  /** The reseller itself: the token's reseller or any downstream one. */
  public Reseller getReseller(long resellerId) {
    return self.get(resellerId, null);
  }

  /** Every downstream reseller, all levels below this one (every page). */
  public List<Reseller> getChildResellers(long resellerId) {
    return children.list(resellerId);
  }

  /** Every downstream reseller as a lazy stream. */
  public Stream<Reseller> streamChildResellers(long resellerId) {
    return children.stream(resellerId);
  }
}
