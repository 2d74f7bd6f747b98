package dev.apiclients.http.paging;

import dev.apiclients.http.ApiException;

/**
 * Fetches the page after the first one, given the key a {@link NextPageStrategy} found: a page
 * number, a link, a cursor. A client implements it with one API call per page.
 *
 * @param <T> the item type
 * @param <K> what identifies a page ({@code Integer} for page numbers, {@code URI} for links)
 */
@FunctionalInterface
public interface PageFetcher<T, K> {

  /**
   * Fetches the page identified by {@code key}.
   *
   * @param key which page, as the strategy found it
   * @return the page
   * @throws ApiException when the call fails
   */
  Page<T> fetch(K key);
}
