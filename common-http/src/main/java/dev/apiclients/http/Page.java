package dev.apiclients.http;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One page of a listing: its items and what the server said about the rest (the page count, the
 * item count, a link to the next page). A {@link NextPageStrategy} reads these to find the next
 * page.
 *
 * @param items the items of this page, in server order
 * @param totalPages how many pages the listing has, when the server says
 * @param totalItems how many items the listing has, when the server says
 * @param nextLink the server's link to the next page as sent (may be relative), when it gave one
 * @param <T> the item type
 */
public record Page<T>(List<T> items, OptionalInt totalPages, OptionalLong totalItems, Optional<String> nextLink) {

  /** Copies the items; a null or blank next link becomes empty. */
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(totalPages, "totalPages");
    Objects.requireNonNull(totalItems, "totalItems");
    nextLink = Objects.requireNonNull(nextLink, "nextLink").filter(link -> !link.isBlank());
  }

  /** A page that knows the page and item counts (page-number listings). */
  public static <T> Page<T> numbered(List<T> items, int totalPages, long totalItems) {
    return new Page<>(items, OptionalInt.of(totalPages), OptionalLong.of(totalItems), Optional.empty());
  }

  /** A page that points at the next one by a link (which may be null on the last page). */
  public static <T> Page<T> linked(List<T> items, String nextLink) {
    return new Page<>(items, OptionalInt.empty(), OptionalLong.empty(), Optional.ofNullable(nextLink));
  }

  /** Whether this page has no items. */
  public boolean isEmpty() {
    return items.isEmpty();
  }
}
