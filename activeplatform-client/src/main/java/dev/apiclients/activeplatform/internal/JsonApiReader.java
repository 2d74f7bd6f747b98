package dev.apiclients.activeplatform.internal;

import dev.apiclients.http.FeignClientFactory;
import dev.apiclients.http.PathSegment;
import dev.apiclients.http.paging.NextPageStrategy;
import dev.apiclients.http.paging.Page;
import dev.apiclients.http.paging.PageProgress;
import dev.apiclients.http.paging.Paginator;
import java.net.URI;

/**
 * The one path every ActivePlatform read takes: builds the URL ({@code
 * /api/v3/resellers/{id}/{path}[/{resource id}]?query}), sends it through {@link ResourcesApi},
 * and for listings walks the pages with the common {@link Paginator}: page 1 by {@code
 * page[size]}/{@code page[number]}, then each {@code links.next} exactly as sent, only to the
 * configured origin. Paging options (such as a page limit) belong here, once, for every listing.
 */
public final class JsonApiReader {

  /** The page size the API uses by default. */
  public static final int DEFAULT_PAGE_SIZE = 50;

  /** The largest page size this client sends (the API documents no maximum). */
  public static final int MAX_PAGE_SIZE = 1000;

  private final ResourcesApi api;
  private final FeignClientFactory factory;
  private final String apiRoot;

  /**
   * @param api the Feign client
   * @param factory the factory that built it: its origin for links, its maxPages and masking for listings
   */
  public JsonApiReader(ResourcesApi api, FeignClientFactory factory) {
    this.api = api;
    this.factory = factory;
    String base = factory.originPolicy().baseUrl().toString();
    this.apiRoot = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/api/v3/resellers/";
  }

  /**
   * A lazy listing: no request until the first item is asked for.
   *
   * @param path the path under the reseller, such as {@code accounts}
   * @param pageSize {@code page[size]} of the first request
   * @param query filters, sort and include, sent on the first request (next links carry their own)
   * @param listener progress after each page, or null
   */
  public <R> Paginator<R> list(ResourceType<R> type, long resellerId, String path, int pageSize, QueryParams query,
      PageProgress.Listener listener) {
    requireReseller(resellerId);
    requirePageSize(pageSize, "pageSize");
    URI first = pageUrl(resellerId, path, pageSize, 1, query);
    Paginator.Builder<R, URI> builder = factory.paginator(
        () -> asPage(type.list().apply(api, first), first),
        link -> asPage(type.list().apply(api, link), link),
        NextPageStrategy.<R>followLinks(factory.originPolicy()));
    if (listener != null) {
      builder.progressListener(listener);
    }
    return builder.build();
  }

  /** The page as the paginator sees it: a relative next link resolves against {@code url}. */
  private static <R> Page<R> asPage(ListDocument<R> document, URI url) {
    return Page.linked(document.data(), document.links().next().map(URI::toString).orElse(null)).fetchedFrom(url);
  }

  /** One page by size and number, with the query after the page parameters. */
  public <R> ListDocument<R> page(ResourceType<R> type, long resellerId, String path, int size, int number,
      QueryParams query) {
    return type.list().apply(api, pageUrl(resellerId, path, size, number, query));
  }

  private URI pageUrl(long resellerId, String path, int size, int number, QueryParams query) {
    requireReseller(resellerId);
    requirePageSize(size, "size");
    if (number < 1) {
      throw new IllegalArgumentException("number must be at least 1, was " + number);
    }
    QueryParams paging = new QueryParams().put("page[size]", String.valueOf(size))
        .put("page[number]", String.valueOf(number));
    return url(resellerId, path, null, paging, query);
  }

  /**
   * One resource by id.
   *
   * @param path the collection path, such as {@code accounts}; empty for the reseller itself
   * @param id the resource id (not blank), or null for the reseller itself
   */
  public <R> R get(ResourceType<R> type, long resellerId, String path, String id, QueryParams query) {
    requireReseller(resellerId);
    if (id != null && id.isBlank() || id == null && !path.isEmpty()) {
      throw new IllegalArgumentException("id must not be null or blank");
    }
    return type.item().apply(api, url(resellerId, path, id, query, null)).data();
  }

  private URI url(long resellerId, String path, String id, QueryParams first, QueryParams second) {
    StringBuilder url = new StringBuilder(apiRoot).append(resellerId);
    if (!path.isEmpty()) {
      url.append('/').append(path);
    }
    if (id != null) {
      url.append('/').append(PathSegment.encode(id.strip()));
    }
    StringBuilder query = new StringBuilder();
    if (first != null) {
      first.appendTo(query);
    }
    if (second != null) {
      second.appendTo(query);
    }
    return URI.create(query.length() == 0 ? url.toString() : url.append('?').append(query).toString());
  }

  /** Refuses a reseller id below 1. */
  public static void requireReseller(long resellerId) {
    if (resellerId < 1) {
      throw new IllegalArgumentException("resellerId must be positive, was " + resellerId);
    }
  }

  /** Refuses a page size outside 1 to {@link #MAX_PAGE_SIZE}. */
  public static void requirePageSize(int size, String name) {
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(name + " must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
    }
  }
}
