package dev.apiclients.activeplatform;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Filters and includes for {@link Accounts#streamAccounts(long, AccountQuery)}. Date bounds go
 * out as {@code filter[created_at][gt]} and the like (an offset's {@code +} as {@code %2B}).
 *
 * <pre>{@code
 * AccountQuery.builder().email("a@example.com")
 *     .createdAfter(OffsetDateTime.parse("2024-01-01T00:00:00+03:00")).includeSubscriptions().build()
 * }</pre>
 */
public final class AccountQuery extends ResourceQuery {

  /** The {@code include} values the documents list. */
  public static final Set<String> INCLUDES = Set.of("subscriptions");

  private AccountQuery(QueryBuilder.QuerySpec spec) {
    super(spec);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccountQuery}; {@link #build()} validates every value. */
  public static final class Builder extends QueryBuilder<Builder> {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** {@code filter[email]}: the contact person's e-mail, one or more. */
    public Builder email(String... emails) {
      return email(emails == null ? null : List.of(emails));
    }

    /** {@code filter[email]} from a collection, sent as a comma list. */
    public Builder email(Collection<String> emails) {
      return list("filter[email]", emails);
    }

    /** {@code filter[user_email]}: every account this user is attached to. */
    public Builder userEmail(String userEmail) {
      return step(q -> q.text("filter[user_email]", userEmail));
    }

    /** {@code filter[inn]}: the value of the {@code inn} account attribute. */
    public Builder inn(String inn) {
      return step(q -> q.text("filter[inn]", inn));
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

    /** Updated strictly after this instant ({@code filter[updated_at][gt]}; the bounds are inferred). */
    public Builder updatedAfter(OffsetDateTime bound) {
      return after("updated_at", bound);
    }

    /** Updated strictly before this instant ({@code filter[updated_at][lt]}; the bounds are inferred). */
    public Builder updatedBefore(OffsetDateTime bound) {
      return before("updated_at", bound);
    }

    /** {@code include=subscriptions}: each account's subscriptions in {@link Account#subscriptions()}. */
    public Builder includeSubscriptions() {
      return step(q -> q.appendFrom("include", INCLUDES, List.of("subscriptions")));
    }

    /**
     * Validates and builds the query.
     *
     * @throws IllegalArgumentException naming the bad parameter
     */
    public AccountQuery build() {
      return new AccountQuery(spec());
    }
  }
}
