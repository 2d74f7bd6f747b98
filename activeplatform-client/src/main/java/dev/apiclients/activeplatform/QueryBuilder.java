package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.JsonApiReader;
import dev.apiclients.activeplatform.internal.QueryParams;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the query builders share: the page size and the steps that fill the query, run and
 * validated in {@code build()} in the order they were called.
 *
 * @param <B> the concrete builder
 */
abstract class QueryBuilder<B extends QueryBuilder<B>> {

  private final List<Consumer<QueryParams>> steps = new ArrayList<>();
  private Integer pageSize;

  abstract B self();

  /**
   * Resources per page ({@code page[size]}) for this listing, 1 to {@link
   * ActivePlatformClient#MAX_PAGE_SIZE}; the client's page size when not set.
   */
  public B pageSize(int pageSize) {
    this.pageSize = pageSize;
    return self();
  }

  final B step(Consumer<QueryParams> step) {
    steps.add(step);
    return self();
  }

  /** {@code filter[field][gt]} (strictly later). */
  final B after(String field, Object bound) {
    return step(q -> bound(q, "filter[" + field + "][gt]", bound));
  }

  /** {@code filter[field][lt]} (strictly earlier). */
  final B before(String field, Object bound) {
    return step(q -> bound(q, "filter[" + field + "][lt]", bound));
  }

  /** A comma list, copied now and checked in {@code build()}. */
  final B list(String name, Collection<?> values) {
    List<?> copy = values == null ? null : new ArrayList<>(values);
    return step(q -> q.commaList(name, copy));
  }

  final QuerySpec spec() {
    if (pageSize != null) {
      JsonApiReader.requirePageSize(pageSize, "pageSize");
    }
    QueryParams params = new QueryParams();
    steps.forEach(step -> step.accept(params));
    return new QuerySpec(params, pageSize);
  }

  private static void bound(QueryParams query, String name, Object bound) {
    if (bound instanceof OffsetDateTime dateTime) {
      query.dateTime(name, dateTime);
    } else if (bound instanceof LocalDate date) {
      query.date(name, date);
    } else {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }

  /**
   * A built query.
   *
   * @param params filters, sort and include, in order
   * @param pageSize the page size, or null for the client's
   */
  record QuerySpec(QueryParams params, Integer pageSize) {}
}
