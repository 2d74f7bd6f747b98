package dev.apiclients.activeplatform;

import java.util.Map;

/**
 * What every typed query is once built: the parameters it sends after {@code page[size]} and
 * {@code page[number]}, and its page size. Immutable.
 */
public abstract sealed class ResourceQuery permits AccountQuery, SubscriptionQuery, OrderQuery, PlanQuery {

  private final QueryBuilder.QuerySpec spec;

  ResourceQuery(QueryBuilder.QuerySpec spec) {
    this.spec = spec;
  }

  final QueryBuilder.QuerySpec spec() {
    return spec;
  }

  /** The query parameters this query sends, in order, before percent-encoding. */
  public final Map<String, String> parameters() {
    return spec.params().asMap();
  }

  /** The query's name and parameters. */
  @Override
  public final String toString() {
    return getClass().getSimpleName() + parameters();
  }
}
