package dev.apiclients.activeplatform;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * Filters and includes for {@link Plans#streamPlans(long, PlanQuery)}. The documents type {@code
 * filter[name]} and {@code filter[sku]} as integers, almost certainly in error; they go out as text.
 */
public final class PlanQuery extends ResourceQuery {

  /** The {@code include} values (from the single-plan page; assumed for the list). */
  public static final Set<String> INCLUDES = Set.of("plan_category");

  private PlanQuery(QueryBuilder.QuerySpec spec) {
    super(spec);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanQuery}; {@link #build()} validates every value. */
  public static final class Builder extends QueryBuilder<Builder> {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** {@code filter[name]}: the plan name. */
    public Builder name(String name) {
      return step(q -> q.text("filter[name]", name));
    }

    /** {@code filter[sku]}: a SKU. */
    public Builder sku(String sku) {
      return step(q -> q.text("filter[sku]", sku));
    }

    /** Updated strictly after this instant ({@code filter[updated_at][gt]}). */
    public Builder updatedAfter(OffsetDateTime bound) {
      return after("updated_at", bound);
    }

    /** Updated strictly after this date. */
    public Builder updatedAfter(LocalDate bound) {
      return after("updated_at", bound);
    }

    /** Updated strictly before this instant ({@code filter[updated_at][lt]}). */
    public Builder updatedBefore(OffsetDateTime bound) {
      return before("updated_at", bound);
    }

    /** Updated strictly before this date. */
    public Builder updatedBefore(LocalDate bound) {
      return before("updated_at", bound);
    }

    /** {@code include=plan_category}: each plan's category in {@link Plan#planCategory()}. */
    public Builder includePlanCategory() {
      return step(q -> q.appendFrom("include", INCLUDES, List.of("plan_category")));
    }

    /**
     * Validates and builds the query.
     *
     * @throws IllegalArgumentException naming the bad parameter
     */
    public PlanQuery build() {
      return new PlanQuery(spec());
    }
  }
}
