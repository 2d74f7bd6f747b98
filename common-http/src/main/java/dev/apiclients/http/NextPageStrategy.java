package dev.apiclients.http;

import java.util.Objects;
import java.util.Optional;

/**
 * Finds the page after the current one, or says that the listing is over. An empty page always
 * ends the listing.
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface NextPageStrategy<T> {

  /**
   * The key of the next page, or empty when {@code page} was the last.
   *
   * @param current the key {@code page} was fetched with
   * @param page the page just fetched (not empty)
   */
  Optional<PageKey> next(PageKey current, Page<T> page);

  /**
   * Page numbers: the next page is the current number plus one, until the page count the server
   * gave is reached (or, when it gave none, until an empty page).
   */
  static <T> NextPageStrategy<T> pageNumbers() {
    return (current, page) -> {
      if (!(current instanceof PageKey.Number number)) {
        throw new IllegalStateException("page-number pagination needs numbered pages, got " + current);
      }
      if (page.totalPages().isPresent() && number.value() >= page.totalPages().getAsInt()) {
        return Optional.empty();
      }
      return Optional.of(PageKey.number(number.value() + 1));
    };
  }

  /**
   * Followed links: the next page is the page's next link, resolved against the base URL and
   * refused with {@link UntrustedLinkException} when it points at another origin. A missing, null
   * or blank link ends the listing.
   */
  static <T> NextPageStrategy<T> followLinks(OriginPolicy originPolicy) {
    Objects.requireNonNull(originPolicy, "originPolicy");
    return (current, page) -> page.nextLink().map(originPolicy::resolve).map(PageKey::link);
  }
}
