package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.ActivePlatformApi;
import dev.apiclients.http.FeignClientFactory;
import dev.apiclients.http.NextPageStrategy;
import dev.apiclients.http.Page;
import dev.apiclients.http.PageProgress;
import dev.apiclients.http.Paginator;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;

/**
 * The reseller manager listing ({@code GET /api/v3/resellers/{reseller_id}/managers}). Get it with
 * {@link ActivePlatformClient#managers()}. Failures throw {@link dev.apiclients.http.ApiException}
 * subtypes; a JSON:API {@code errors[]} body is parsed into {@code errors()}.
 */
public final class Managers {

  private final ActivePlatformApi api;
  private final FeignClientFactory factory;
  private final int pageSize;

  Managers(ActivePlatformApi api, FeignClientFactory factory, int pageSize) {
    this.api = api;
    this.factory = factory;
    this.pageSize = pageSize;
  }

  /**
   * Every manager of the reseller: page 1 at the configured page size, then each {@code
   * links.next} until it is null or absent.
   *
   * @param resellerId the current reseller or one of its downstream resellers (positive)
   * @throws IllegalArgumentException if the reseller id is not positive (nothing is sent)
   * @throws dev.apiclients.http.UntrustedLinkException if a next link points at another origin
   * @throws dev.apiclients.http.PaginationException if a next link repeats
   */
  public List<Manager> getManagers(long resellerId) {
    return paginator(resellerId, null).toList();
  }

  /**
   * Every manager of the reseller as a lazy stream: no request until the first manager is asked
   * for, one request per page after that, none after the stream is closed or short-circuited.
   *
   * @param resellerId the reseller (positive)
   * @throws IllegalArgumentException if the reseller id is not positive (nothing is sent)
   */
  public Stream<Manager> streamManagers(long resellerId) {
    return paginator(resellerId, null).stream();
  }

  /**
   * Like {@link #streamManagers(long)}, reporting progress (pages and managers so far) after each page.
   *
   * @param resellerId the reseller (positive)
   * @param listener called on the iterating thread after each page
   */
  public Stream<Manager> streamManagers(long resellerId, PageProgress.Listener listener) {
    if (listener == null) {
      throw new IllegalArgumentException("listener must not be null");
    }
    return paginator(resellerId, listener).stream();
  }

  /**
   * One page of managers by size and number ({@code page[size]}, {@code page[number]}).
   *
   * @param resellerId the reseller (positive)
   * @param size managers per page, 1 to {@link ActivePlatformClient#MAX_PAGE_SIZE}
   * @param number the page number, from 1
   * @throws IllegalArgumentException if an argument is out of range (nothing is sent)
   */
  public ManagerPage getManagersPage(long resellerId, int size, int number) {
    requireReseller(resellerId);
    ActivePlatformClient.requirePageSize(size, "size");
    if (number < 1) {
      throw new IllegalArgumentException("number must be at least 1, was " + number);
    }
    return api.managers(resellerId, size, number);
  }

  private Paginator<Manager> paginator(long resellerId, PageProgress.Listener listener) {
    requireReseller(resellerId);
    Paginator.Builder<Manager, URI> builder = factory.paginator(
        () -> asPage(api.managers(resellerId, pageSize, 1)),
        link -> asPage(api.follow(link)),
        NextPageStrategy.followLinks(factory.originPolicy()));
    if (listener != null) {
      builder.progressListener(listener);
    }
    return builder.build();
  }

  private static Page<Manager> asPage(ManagerPage page) {
    return Page.linked(page.managers(), page.links().next().map(URI::toString).orElse(null));
  }

  private static void requireReseller(long resellerId) {
    if (resellerId < 1) {
      throw new IllegalArgumentException("resellerId must be positive, was " + resellerId);
    }
  }
}
