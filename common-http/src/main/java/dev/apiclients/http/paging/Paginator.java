package dev.apiclients.http.paging;

import dev.apiclients.http.PaginationException;
import dev.apiclients.http.internal.Redactor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy listing over pages: no request is sent before the first item (or page) is asked for, and
 * each further page is fetched only when the previous one is used up. Stopping early (closing a
 * stream, breaking out of a loop) sends no further request.
 *
 * <p>The listing ends on an empty page, on the last page, or when the {@link NextPageStrategy}
 * finds no next page. A server that never stops offering a next page is cut off: after {@code
 * maxPages} pages ({@value #DEFAULT_MAX_PAGES} by default) a further page fails with {@link
 * PaginationException} and is not requested. A next page that was already fetched (a repeating
 * link) fails with {@link PaginationException} instead of looping forever. Links shown in those
 * exceptions pass through the masking function given to the builder. Pages are requested through
 * the client, so its pacing and retries apply to each; the paginator itself never waits. Each
 * {@link #iterator()}, {@link #stream()} or {@link #pages()} call starts a new walk from the first
 * page. A walk is not thread-safe; separate walks are independent.
 *
 * @param <T> the item type
 */
public final class Paginator<T> implements Iterable<T> {

  /** How many pages a listing may have unless configured otherwise (500,000 Libib patrons). */
  public static final int DEFAULT_MAX_PAGES = 10_000;

  private final Supplier<Iterator<Page<T>>> newWalk;

  private <K> Paginator(Builder<T, K> builder) {
    PageWalk.Settings<T, K> settings = new PageWalk.Settings<>(builder.firstPage, builder.fetcher, builder.strategy,
        builder.firstKey, builder.maxPages, builder.listener, builder.linkMasking);
    this.newWalk = () -> new PageWalk<>(settings);
  }

  /**
   * Starts a builder.
   *
   * @param firstPage fetches the first page
   * @param nextPage fetches each further page by the key the strategy found
   * @param strategy finds the key of each next page from the page before it
   * @param <T> the item type
   * @param <K> what identifies a page after the first ({@code Integer}, {@code URI}, ...)
   */
  public static <T, K> Builder<T, K> builder(
      Supplier<Page<T>> firstPage, PageFetcher<T, K> nextPage, NextPageStrategy<T, K> strategy) {
    return new Builder<>(firstPage, nextPage, strategy);
  }

  /** Iterates over every item of every page, fetching pages as needed. */
  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = newWalk.get();
    return new Iterator<>() {
      private Iterator<T> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && pages.hasNext()) {
          current = pages.next().items().iterator();
        }
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more items");
        }
        return current.next();
      }
    };
  }

  /** A lazy, sequential stream of every item. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** A lazy, sequential stream of the pages themselves. */
  public Stream<Page<T>> pages() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(newWalk.get(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** Fetches every page and returns all items, in order. */
  public List<T> toList() {
    List<T> all = new ArrayList<>();
    forEach(all::add);
    return Collections.unmodifiableList(all);
  }

  /**
   * Builds a {@link Paginator}.
   *
   * @param <T> the item type
   * @param <K> what identifies a page after the first
   */
  public static final class Builder<T, K> {
    private final Supplier<Page<T>> firstPage;
    private final PageFetcher<T, K> fetcher;
    private final NextPageStrategy<T, K> strategy;
    private K firstKey;
    private int maxPages = DEFAULT_MAX_PAGES;
    private UnaryOperator<String> linkMasking = link -> Redactor.DEFAULT.url("GET", link);
    private PageProgress.Listener listener;

    private Builder(Supplier<Page<T>> firstPage, PageFetcher<T, K> fetcher, NextPageStrategy<T, K> strategy) {
      this.firstPage = firstPage;
      this.fetcher = fetcher;
      this.strategy = strategy;
    }

    /**
     * The most pages one walk may fetch (default {@value Paginator#DEFAULT_MAX_PAGES}); a listing
     * that still offers a next page after that fails with {@link PaginationException}.
     */
    public Builder<T, K> maxPages(int maxPages) {
      this.maxPages = maxPages;
      return this;
    }

    /**
     * The key of the first page, when it is known (page 1, the first link), so that a next page
     * pointing back at it is caught at once instead of after one more request.
     */
    public Builder<T, K> firstKey(K firstKey) {
      this.firstKey = firstKey;
      return this;
    }

    /**
     * How a page link is shown in an exception (default: secret query parameters masked). Clients
     * pass their own masking step so that their credentials never show.
     */
    public Builder<T, K> linkMasking(UnaryOperator<String> linkMasking) {
      this.linkMasking = linkMasking;
      return this;
    }

    /** Receives a {@link PageProgress} after each page. */
    public Builder<T, K> progressListener(PageProgress.Listener listener) {
      this.listener = listener;
      return this;
    }

    /**
     * Validates and builds the paginator; nothing is fetched yet.
     *
     * @throws IllegalArgumentException naming the missing or bad option
     */
    public Paginator<T> build() {
      if (firstPage == null) {
        throw new IllegalArgumentException("firstPage must not be null");
      }
      if (fetcher == null) {
        throw new IllegalArgumentException("nextPage must not be null");
      }
      if (strategy == null) {
        throw new IllegalArgumentException("strategy must not be null");
      }
      if (maxPages < 1) {
        throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
      }
      if (linkMasking == null) {
        throw new IllegalArgumentException("linkMasking must not be null");
      }
      return new Paginator<>(this);
    }
  }
}
