package dev.apiclients.activeplatform;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Sort, filters and includes for {@link Orders#streamOrders(long, OrderQuery)}.
 *
 * <pre>{@code
 * OrderQuery.builder().sortDescending("created_at").accountId("523").build()
 * }</pre>
 */
public final class OrderQuery extends ResourceQuery {

  /** The fields {@code sort} accepts. */
  public static final Set<String> SORT_FIELDS =
      Set.of("id", "created_at", "closed_at", "updated_at", "expiration_date", "provisioning_date");

  /**
   * The {@code include} values of a single order; the list page shows none, so the client assumes
   * the same ones for the list.
   */
  public static final Set<String> INCLUDES = Set.of("charges", "account", "payment", "subscription");

  private static final Set<String> SORT_KEYS = Stream.concat(SORT_FIELDS.stream(), SORT_FIELDS.stream().map(f -> "-" + f))
      .collect(Collectors.toUnmodifiableSet());

  private OrderQuery(QueryBuilder.QuerySpec spec) {
    super(spec);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrderQuery}; {@link #build()} validates every value. */
  public static final class Builder extends QueryBuilder<Builder> {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** Sorts ascending by a field of {@link #SORT_FIELDS}; repeated calls add later sort keys. */
    public Builder sortAscending(String field) {
      return sort(field, field);
    }

    /** Sorts descending ({@code -field}) by a field of {@link #SORT_FIELDS}. */
    public Builder sortDescending(String field) {
      return sort(field, "-" + field);
    }

    private Builder sort(String field, String key) {
      return step(q -> {
        if (field == null || !SORT_FIELDS.contains(field)) {
          throw new IllegalArgumentException("sort field must be one of " + SORT_FIELDS + ", got " + field);
        }
        q.appendFrom("sort", SORT_KEYS, List.of(key));
      });
    }

    /** {@code filter[account_id]}: orders of this account. */
    public Builder accountId(String accountId) {
      return step(q -> q.text("filter[account_id]", accountId));
    }

    /** {@code filter[type]}: the order type as the API spells it (the values are not documented). */
    public Builder type(String type) {
      return step(q -> q.text("filter[type]", type));
    }

    /** Created strictly after this instant ({@code filter[created_at][gt]}). */
    public Builder createdAfter(OffsetDateTime bound) {
      return after("created_at", bound);
    }

    /** Created strictly after this date. */
    public Builder createdAfter(LocalDate bound) {
      return after("created_at", bound);
    }

    /** Created strictly before this instant ({@code filter[created_at][lt]}). */
    public Builder createdBefore(OffsetDateTime bound) {
      return before("created_at", bound);
    }

    /** Created strictly before this date. */
    public Builder createdBefore(LocalDate bound) {
      return before("created_at", bound);
    }

    /** Updated strictly after this instant ({@code filter[updated_at][gt]}). */
    public Builder updatedAfter(OffsetDateTime bound) {
      return after("updated_at", bound);
    }

    /** Updated strictly before this instant ({@code filter[updated_at][lt]}). */
    public Builder updatedBefore(OffsetDateTime bound) {
      return before("updated_at", bound);
    }

    /** {@code include}, from {@link #INCLUDES} [inferred for the list]. */
    public Builder include(String... include) {
      List<String> copy = include == null ? null : Arrays.asList(include.clone());
      return step(q -> q.appendFrom("include", INCLUDES, copy));
    }

    /**
     * Validates and builds the query.
     *
     * @throws IllegalArgumentException naming the bad parameter
     */
    public OrderQuery build() {
      return new OrderQuery(spec());
    }
  }
}
