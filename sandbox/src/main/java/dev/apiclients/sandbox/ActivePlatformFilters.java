package dev.apiclients.sandbox;

import static dev.apiclients.sandbox.ActivePlatformData.ACCOUNTS;
import static dev.apiclients.sandbox.ActivePlatformData.ORDERS;
import static dev.apiclients.sandbox.ActivePlatformData.PAYMENTS;
import static dev.apiclients.sandbox.ActivePlatformData.PLANS;
import static dev.apiclients.sandbox.ActivePlatformData.SUBSCRIPTIONS;
import static dev.apiclients.sandbox.ActivePlatformData.attribute;

import dev.apiclients.sandbox.JsonApiDocuments.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code filter[...]} and {@code sort} parameters of the ActivePlatform listings, as the
 * documents list them per collection. A filter name a collection does not document, a bad value
 * (an id that is not a number, a date that does not parse, {@code trial=maybe}) or a sort field
 * other than the documented ones is refused with 400 naming the parameter (the real platform's
 * answer is not documented). Comma lists match any of their values; e-mails, names and statuses
 * match ignoring case. Date values are {@code YYYY-MM-DD} (midnight), a local date-time, or RFC
 * 3339 with an offset; values without an offset are read at {@code +03:00}. {@code [gt]} and
 * {@code [lt]} are strict; a plain {@code filter[created_at]} matches that day, or that instant.
 */
final class ActivePlatformFilters {

  private enum Kind { TEXT, TEXT_LIST, ID_LIST, BOOLEAN, PAYMENT_MODEL, USER, TIME }

  private static final Map<String, Map<String, Kind>> FILTERS = Map.of(
      ACCOUNTS, Map.of("email", Kind.TEXT_LIST, "user_email", Kind.USER, "inn", Kind.TEXT,
          "created_at", Kind.TIME, "updated_at", Kind.TIME),
      SUBSCRIPTIONS, Map.of("account_id", Kind.ID_LIST, "status", Kind.TEXT_LIST, "plan_id", Kind.ID_LIST,
          "payment_model", Kind.PAYMENT_MODEL, "trial", Kind.BOOLEAN, "created_at", Kind.TIME,
          "updated_at", Kind.TIME),
      ORDERS, Map.of("account_id", Kind.ID_LIST, "type", Kind.TEXT_LIST, "status", Kind.TEXT_LIST,
          "created_at", Kind.TIME, "updated_at", Kind.TIME),
      PLANS, Map.of("name", Kind.TEXT, "sku", Kind.TEXT, "updated_at", Kind.TIME),
      PAYMENTS, Map.of("created_at", Kind.TIME, "updated_at", Kind.TIME));

  private static final Map<String, Set<String>> SORT_FIELDS = Map.of(ORDERS,
      Set.of("id", "created_at", "closed_at", "updated_at", "expiration_date", "provisioning_date"),
      PAYMENTS, Set.of("id", "created_at", "updated_at", "closed_at"));

  private static final Pattern FILTER = Pattern.compile("filter\\[([a-z_]+)](?:\\[(gt|lt)])?");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern COMPACT_OFFSET = Pattern.compile("(.*[T ]\\S*[+-])(\\d{2})(\\d{2})");

  private ActivePlatformFilters() {}

  /** The resources of {@code table} that pass every {@code filter[...]} parameter. */
  static Predicate<Map<String, Object>> filter(String table, Map<String, String> params, ActivePlatformData data) {
    Predicate<Map<String, Object>> all = resource -> true;
    for (Map.Entry<String, String> param : params.entrySet()) {
      if (param.getKey().startsWith("filter")) {
        all = all.and(one(table, param.getKey(), param.getValue(), data));
      }
    }
    return all;
  }

  private static Predicate<Map<String, Object>> one(String table, String name, String value,
      ActivePlatformData data) {
    Matcher matcher = FILTER.matcher(name);
    Kind kind = matcher.matches() ? FILTERS.getOrDefault(table, Map.of()).get(matcher.group(1)) : null;
    if (kind == null) {
      throw Problem.badParameter(name, "Unknown filter " + name + " for " + table + "; the documented ones are "
          + FILTERS.getOrDefault(table, Map.of()).keySet().stream().sorted().toList());
    }
    String field = matcher.group(1);
    String operator = matcher.group(2);
    if (operator != null && kind != Kind.TIME) {
      throw Problem.badParameter(name, name + ": [gt] and [lt] apply to dates only");
    }
    List<String> values = Arrays.stream(value.split(",")).map(String::strip).toList();
    switch (kind) {
      case TEXT -> {
        return r -> value.strip().equalsIgnoreCase(text(attribute(r, field)));
      }
      case TEXT_LIST -> {
        if (table.equals(ORDERS) && field.equals("type")) {
          return r -> values.stream().anyMatch(v -> ActivePlatformOrders.kindName(v)
              .equals(ActivePlatformOrders.kindName(text(attribute(r, field)))));
        }
        return r -> values.stream().anyMatch(v -> v.equalsIgnoreCase(text(attribute(r, field))));
      }
      case ID_LIST -> {
        if (!values.stream().allMatch(v -> NUMBER.matcher(v).matches())) {
          throw Problem.badParameter(name, name + " must be a comma-separated list of numeric ids, was '"
              + value + "'");
        }
        return r -> values.stream().anyMatch(v -> v.equals(text(attribute(r, field))));
      }
      case BOOLEAN -> {
        if (!value.equals("true") && !value.equals("false")) {
          throw Problem.badParameter(name, name + " must be true or false, was '" + value + "'");
        }
        return r -> Boolean.valueOf(value).equals(attribute(r, field));
      }
      case PAYMENT_MODEL -> {
        if (!value.equals("prepay") && !value.equals("postpay")) {
          throw Problem.badParameter(name, name + " must be prepay or postpay, was '" + value + "'");
        }
        return r -> value.equals(attribute(r, field));
      }
      case USER -> {
        Set<String> accounts = data.accountsOfUser(value.strip());
        return r -> accounts.contains((String) r.get("id"));
      }
      default -> {
        return time(name, field, operator, value);
      }
    }
  }

  private static Predicate<Map<String, Object>> time(String name, String field, String operator, String value) {
    Instant bound = instant(value);
    if (bound == null) {
      throw Problem.badParameter(name, name + " must be a date (YYYY-MM-DD), a date-time or an RFC 3339 "
          + "timestamp such as 2024-01-31T10:00:00+03:00, was '" + value + "'");
    }
    Instant dayEnd = DATE.matcher(value.strip()).matches() ? bound.plusSeconds(86_400) : bound.plusNanos(1);
    return r -> {
      Instant at = instant(text(attribute(r, field)));
      if (at == null) {
        return false;
      }
      if (operator == null) {
        return !at.isBefore(bound) && at.isBefore(dayEnd);
      }
      return operator.equals("gt") ? at.isAfter(bound) : at.isBefore(bound);
    };
  }

  /** The order of {@code sort} (a comma list of fields, {@code -} for descending); by id when absent. */
  static Comparator<Map<String, Object>> sort(String table, String sort) {
    Comparator<Map<String, Object>> byId = Comparator.comparing(r -> number((String) r.get("id")));
    if (sort == null) {
      return byId;
    }
    Set<String> fields = SORT_FIELDS.getOrDefault(table, Set.of());
    Comparator<Map<String, Object>> order = null;
    for (String key : sort.split(",", -1)) {
      boolean descending = key.startsWith("-");
      String field = descending ? key.substring(1) : key;
      if (!fields.contains(field)) {
        throw Problem.badParameter("sort", fields.isEmpty() ? "The " + table + " listing cannot be sorted"
            : "Unknown sort field '" + field + "'; " + table + " sort by " + fields.stream().sorted().toList());
      }
      Comparator<Map<String, Object>> one = field.equals("id") ? byId
          : Comparator.comparing(r -> instant(text(attribute(r, field))),
              descending ? Comparator.nullsLast(Comparator.<Instant>reverseOrder())
                  : Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
      if (field.equals("id") && descending) {
        one = one.reversed();
      }
      order = order == null ? one : order.thenComparing(one);
    }
    return order.thenComparing(byId);
  }

  /** A date, local date-time or offset date-time ({@code +0300} too) as an instant; null if none. */
  static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    try {
      if (DATE.matcher(value).matches()) {
        return LocalDate.parse(value).atStartOfDay().toInstant(ActivePlatformSamples.ZONE);
      }
      Matcher compact = COMPACT_OFFSET.matcher(value);
      if (compact.matches()) {
        value = compact.group(1) + compact.group(2) + ":" + compact.group(3);
      }
      if (value.endsWith("Z") || value.matches(".*[T ].*[+-]\\d{2}:\\d{2}")) {
        return OffsetDateTime.parse(value).toInstant();
      }
      return LocalDateTime.parse(value).toInstant(ActivePlatformSamples.ZONE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static long number(String id) {
    return NUMBER.matcher(id).matches() ? Long.parseLong(id) : Long.MAX_VALUE;
  }
}
