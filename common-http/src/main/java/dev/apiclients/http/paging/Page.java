package dev.apiclients.http.paging;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * One page of a listing: its items and what the server said about the rest (its number, the page
 * and item counts, a next link in the body, the response headers). A {@link NextPageStrategy}
 * reads these to find the next page.
 *
 * @param items the items of this page, in server order
 * @param number this page's 1-based number, for page-number listings
 * @param totalPages how many pages the listing has, when the server says
 * @param totalItems how many items the listing has, when the server says
 * @param nextLink the server's link to the next page as sent in the body (may be relative)
 * @param headers the response headers, names matched case-insensitively (for {@code Link} headers)
 * @param url the URL this page was fetched from, when known: a relative next link resolves against
 *     it, and a next link equal to it is refused before it is requested again
 * @param <T> the item type
 */
public record Page<T>(
    List<T> items, OptionalInt number, OptionalInt totalPages, OptionalLong totalItems, Optional<String> nextLink,
    Map<String, List<String>> headers, Optional<URI> url) {

  /** Copies the items and headers; a null or blank next link becomes empty. */
  public Page {
    Objects.requireNonNull(url, "url");
    items = List.copyOf(items);
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(totalPages, "totalPages");
    Objects.requireNonNull(totalItems, "totalItems");
    nextLink = Objects.requireNonNull(nextLink, "nextLink").filter(link -> !link.isBlank());
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers != null) {
      headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    }
    headers = java.util.Collections.unmodifiableMap(copy);
  }

  /** A page whose URL is not known. */
  public Page(List<T> items, OptionalInt number, OptionalInt totalPages, OptionalLong totalItems,
      Optional<String> nextLink, Map<String, List<String>> headers) {
    this(items, number, totalPages, totalItems, nextLink, headers, Optional.empty());
  }

  /**
   * This page, noting the URL it was fetched from: its relative next link then resolves against
   * that URL, and a next link back to it is refused without another request.
   */
  public Page<T> fetchedFrom(URI url) {
    return new Page<>(items, number, totalPages, totalItems, nextLink, headers, Optional.of(url));
  }

  /** Page {@code number} of a page-number listing that knows its page and item counts. */
  public static <T> Page<T> numbered(List<T> items, int number, int totalPages, long totalItems) {
    return new Page<>(items, OptionalInt.of(number), OptionalInt.of(totalPages), OptionalLong.of(totalItems),
        Optional.empty(), Map.of());
  }

  /** A page that points at the next one by a link in its body (null on the last page). */
  public static <T> Page<T> linked(List<T> items, String nextLink) {
    return new Page<>(items, OptionalInt.empty(), OptionalInt.empty(), OptionalLong.empty(),
        Optional.ofNullable(nextLink), Map.of());
  }

  /** A page whose next page, if any, is named by its response headers (an RFC 8288 {@code Link}). */
  public static <T> Page<T> withHeaders(List<T> items, Map<String, List<String>> headers) {
    return new Page<>(items, OptionalInt.empty(), OptionalInt.empty(), OptionalLong.empty(), Optional.empty(), headers);
  }

  /** Whether this page has no items. */
  public boolean isEmpty() {
    return items.isEmpty();
  }
}
