package dev.apiclients.http.paging;

import dev.apiclients.http.OriginPolicy;
import dev.apiclients.http.UntrustedLinkException;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the page after the one just fetched, or says that the listing is over; an empty page
 * always ends it. The strategy sees the whole page (items, counts, body link, headers), so no key
 * has to be cast.
 *
 * @param <T> the item type
 * @param <K> what identifies the next page, handed to the {@link PageFetcher}
 */
@FunctionalInterface
public interface NextPageStrategy<T, K> {

  /**
   * The key of the next page, or empty when {@code page} was the last.
   *
   * @param page the page just fetched (not empty)
   */
  Optional<K> next(Page<T> page);

  /**
   * Page numbers: the page after {@link Page#number()} until the page count the server gave is
   * reached (or, when it gave none, until an empty page).
   *
   * @throws IllegalStateException (from {@code next}) if a page does not carry its number
   */
  static <T> NextPageStrategy<T, Integer> pageNumbers() {
    return page -> {
      int number = page.number().orElseThrow(
          () -> new IllegalStateException("page-number pagination needs pages that carry their number"));
      if (page.totalPages().isPresent() && number >= page.totalPages().getAsInt()) {
        return Optional.empty();
      }
      return Optional.of(number + 1);
    };
  }

  /**
   * Links in the body: the page's next link, resolved against the page's own {@link Page#url()}
   * (RFC 3986; against the base URL when the page does not know its URL) and refused with {@link
   * UntrustedLinkException} when it points at another origin. A missing, null or blank link ends
   * the listing.
   */
  static <T> NextPageStrategy<T, URI> followLinks(OriginPolicy originPolicy) {
    Objects.requireNonNull(originPolicy, "originPolicy");
    return page -> page.nextLink().map(link -> originPolicy.resolve(link, page.url().orElse(null)));
  }

  /**
   * RFC 8288 {@code Link} headers, as GitHub and many REST APIs page: the target of {@code
   * rel="next"}, resolved and origin-checked like a body link. No such link ends the listing.
   */
  static <T> NextPageStrategy<T, URI> linkHeader(OriginPolicy originPolicy) {
    Objects.requireNonNull(originPolicy, "originPolicy");
    return page -> LinkHeader.next(page.headers().getOrDefault("Link", java.util.List.of()))
        .map(link -> originPolicy.resolve(link, page.url().orElse(null)));
  }
}
