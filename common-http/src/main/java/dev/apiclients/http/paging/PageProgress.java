package dev.apiclients.http.paging;

import java.util.OptionalLong;

/**
 * How far a listing has got, reported after each page.
 *
 * @param pages pages fetched so far
 * @param items items fetched so far
 * @param totalItems how many items the listing has, when the server says
 */
public record PageProgress(int pages, long items, OptionalLong totalItems) {

  /** Receives progress reports from a {@link Paginator}, once after each page. */
  @FunctionalInterface
  public interface Listener {

    /** Called after each page, on the thread that iterates. */
    void onPage(PageProgress progress);
  }
}
