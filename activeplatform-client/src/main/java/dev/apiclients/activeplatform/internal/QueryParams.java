package dev.apiclients.activeplatform.internal;

import dev.apiclients.http.PathSegment;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The query of one listing or read, in the order it is sent, validated as it is filled: every
 * bad value is an {@link IllegalArgumentException} naming the parameter, before any request.
 * Names keep the documented brackets ({@code filter[created_at][gt]}); names and values go out
 * percent-encoded, so {@code +} in an offset is {@code %2B} and {@code [} is {@code %5B}.
 */
public final class QueryParams {

  private final Map<String, String> params = new LinkedHashMap<>();

  /** An empty query. */
  public QueryParams() {}

  /** Sets a parameter (replacing an earlier value); a null value removes it. */
  public QueryParams put(String name, String value) {
    if (value == null) {
      params.remove(name);
    } else {
      params.put(name, value);
    }
    return this;
  }

  /** A text filter such as {@code filter[inn]}; blank is refused. */
  public QueryParams text(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return put(name, value.strip());
  }

  /** A comma list from a collection; empty, null or blank items and commas inside items are refused. */
  public QueryParams commaList(String name, Collection<?> values) {
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException(name + " needs at least one value");
    }
    StringJoiner joined = new StringJoiner(",");
    for (Object value : values) {
      String text = value == null ? "" : value.toString().strip();
      if (text.isEmpty() || text.contains(",")) {
        throw new IllegalArgumentException(name + " values must be non-blank and hold no comma, got " + values);
      }
      joined.add(text);
    }
    return put(name, joined.toString());
  }

  /** A date-time filter bound, sent as RFC 3339 with its offset ({@code +03:00} or {@code Z}). */
  public QueryParams dateTime(String name, OffsetDateTime value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return put(name, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
  }

  /** A date filter bound, sent as {@code YYYY-MM-DD}. */
  public QueryParams date(String name, LocalDate value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return put(name, value.toString());
  }

  /** Adds names to a comma list (such as {@code include}), each from {@code allowed}. */
  public QueryParams appendFrom(String name, Set<String> allowed, Collection<String> values) {
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException(name + " needs at least one value");
    }
    List<String> all = new ArrayList<>();
    if (params.containsKey(name)) {
      all.addAll(List.of(params.get(name).split(",")));
    }
    for (String value : values) {
      if (value == null || !allowed.contains(value)) {
        throw new IllegalArgumentException(name + " must be one of " + allowed + ", got " + value);
      }
      if (!all.contains(value)) {
        all.add(value);
      }
    }
    return put(name, String.join(",", all));
  }

  /** The parameters, in order (unmodifiable). */
  public Map<String, String> asMap() {
    return java.util.Collections.unmodifiableMap(params);
  }

  /** Appends {@code &name=value} pairs, percent-encoded, to a query under construction. */
  void appendTo(StringBuilder query) {
    for (Map.Entry<String, String> param : params.entrySet()) {
      query.append(query.length() == 0 ? "" : "&").append(PathSegment.percentEncode(param.getKey()))
          .append('=').append(PathSegment.percentEncode(param.getValue()));
    }
  }

  @Override
  public String toString() {
    return params.toString();
  }
}
