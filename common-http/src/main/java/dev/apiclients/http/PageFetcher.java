package dev.apiclients.http;

/**
 * Fetches one page of a listing. A client implements it with one API call per page.
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface PageFetcher<T> {

  /**
   * Fetches the page identified by {@code key}.
   *
   * @param key which page
   * @return the page
   * @throws ApiException when the call fails
   */
  Page<T> fetch(PageKey key);
}
