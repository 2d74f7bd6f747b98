package dev.apiclients.http.paging;

import dev.apiclients.http.PaginationException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One walk over the pages of a {@link Paginator}: fetches lazily, stops at the last page, refuses
 * a page it already fetched and stops after {@code maxPages}. Not thread-safe; each walk is new.
 *
 * @param <T> the item type
 * @param <K> what identifies a page after the first
 */
final class PageWalk<T, K> implements Iterator<Page<T>> {

  /** What every walk of one paginator shares. */
  record Settings<T, K>(Supplier<Page<T>> firstPage, PageFetcher<T, K> fetcher, NextPageStrategy<T, K> strategy,
      K firstKey, int maxPages, PageProgress.Listener listener, UnaryOperator<String> linkMasking) {}

  private final Settings<T, K> settings;
  /** The keys fetched, and the URLs of pages that know theirs (a link key equals such a URL). */
  private final Set<Object> seen;
  private boolean started;
  private K nextKey;
  private RuntimeException pendingFailure;
  private Page<T> fetched;
  private int pagesFetched;
  private long itemsFetched;

  PageWalk(Settings<T, K> settings) {
    this.settings = settings;
    this.seen = settings.firstKey() == null ? new HashSet<>() : new HashSet<>(Set.of(settings.firstKey()));
  }

  @Override
  public boolean hasNext() {
    if (fetched == null && (!started || nextKey != null || pendingFailure != null)) {
      fetched = fetchNext();
    }
    return fetched != null;
  }

  @Override
  public Page<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more pages");
    }
    Page<T> page = fetched;
    fetched = null;
    return page;
  }

  private Page<T> fetchNext() {
    if (pendingFailure != null) {
      RuntimeException failure = pendingFailure;
      pendingFailure = null;
      throw failure;
    }
    if (started && pagesFetched >= settings.maxPages()) {
      String next = describe(nextKey);
      nextKey = null;
      throw new PaginationException("Stopped after " + settings.maxPages() + " pages (maxPages) although the server still"
          + " offered a next page (" + next + "); the listing may never end. If it really is that long, raise the"
          + " limit with maxPages(int) on the client builder.", next);
    }
    K key = nextKey;
    nextKey = null;
    Page<T> page;
    if (started) {
      seen.add(key);
      page = settings.fetcher().fetch(key);
    } else {
      started = true;
      page = settings.firstPage().get();
    }
    Objects.requireNonNull(page, "the page fetcher returned null");
    page.url().ifPresent(seen::add);
    pagesFetched++;
    itemsFetched += page.items().size();
    if (settings.listener() != null) {
      settings.listener().onPage(new PageProgress(pagesFetched, itemsFetched, page.totalItems()));
    }
    if (page.isEmpty()) {
      return null;
    }
    try {
      Optional<K> next = settings.strategy().next(page);
      if (next.isPresent() && seen.contains(next.get())) {
        pendingFailure = new PaginationException(
            "The server's next page (" + describe(next.get()) + ") was already fetched in this listing;"
                + " stopped instead of looping forever after " + pagesFetched + " pages.",
            describe(next.get()));
      } else {
        nextKey = next.orElse(null);
      }
    } catch (RuntimeException e) {
      pendingFailure = e;
    }
    return page;
  }

  private String describe(K key) {
    return key instanceof Number number ? "page " + number : settings.linkMasking().apply(String.valueOf(key));
  }
}
