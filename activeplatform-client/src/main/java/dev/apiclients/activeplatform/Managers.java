package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.JsonApiReader;
import dev.apiclients.activeplatform.internal.ListDocument;
import dev.apiclients.activeplatform.internal.ResourceTypes;
import dev.apiclients.http.paging.PageProgress;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reseller managers ({@code GET /api/v3/resellers/{reseller_id}/managers}), the managers of all
 * downstream resellers ({@code .../child_reseller_managers}) and the manager roles ({@code
 * .../manager_roles}). Get it with {@link ActivePlatformClient#managers()}. Failures throw {@link
 * dev.apiclients.http.ApiException} subtypes; a JSON:API {@code errors[]} body is parsed into
 * {@code errors()}. Bad arguments throw {@link IllegalArgumentException} before any request.
 */
public final class Managers {

  private final JsonApiReader reader;
  private final ResourceCalls<Manager> managers;
  private final ResourceCalls<Manager> childManagers;
  private final ResourceCalls<AccessLevel> roles;

  Managers(JsonApiReader reader, int pageSize) {
    this.reader = reader;
    this.managers = new ResourceCalls<>(reader, ResourceTypes.MANAGERS, "managers", pageSize);
    this.childManagers = new ResourceCalls<>(reader, ResourceTypes.MANAGERS, "child_reseller_managers", pageSize);
    this.roles = new ResourceCalls<>(reader, ResourceTypes.MANAGER_ROLES, "manager_roles", pageSize);
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
    return managers.list(resellerId);
  }

  /**
   * Every manager of the reseller as a lazy stream: no request until the first manager is asked
   * for, one request per page after that, none after the stream is closed or short-circuited.
   */
  public Stream<Manager> streamManagers(long resellerId) {
    return managers.stream(resellerId);
  }

  /**
   * Like {@link #streamManagers(long)}, reporting progress (pages and managers so far) after each page.
   *
   * @param listener called on the iterating thread after each page
   */
  public Stream<Manager> streamManagers(long resellerId, PageProgress.Listener listener) {
    if (listener == null) {
      throw new IllegalArgumentException("listener must not be null");
    }
    return managers.paginator(resellerId, null, listener).stream();
  }

  /**
   * One page of managers by size and number ({@code page[size]}, {@code page[number]}).
   *
   * @param size managers per page, 1 to {@link ActivePlatformClient#MAX_PAGE_SIZE}
   * @param number the page number, from 1
   */
  public ManagerPage getManagersPage(long resellerId, int size, int number) {
    ListDocument<Manager> page = reader.page(ResourceTypes.MANAGERS, resellerId, "managers", size, number, null);
    return new ManagerPage(page.data(), page.links());
  }

  /** One manager of the reseller by id ({@code .../managers/{manager_id}}). */
  public Manager getManager(long resellerId, String managerId) {
    return managers.get(resellerId, managerId);
  }

  /** The managers of every reseller below this one (every page). */
  public List<Manager> getChildResellerManagers(long resellerId) {
    return childManagers.list(resellerId);
  }

  /** The managers of every reseller below this one, as a lazy stream. */
  public Stream<Manager> streamChildResellerManagers(long resellerId) {
    return childManagers.stream(resellerId);
  }

  /** One manager of a downstream reseller by id ({@code .../child_reseller_managers/{manager_id}}). */
  public Manager getChildResellerManager(long resellerId, String managerId) {
    return childManagers.get(resellerId, managerId);
  }

  /**
   * The manager roles, also called access levels (every page). The platform answers only for the
   * token's own reseller, and may allow it only to system administrators.
   */
  public List<AccessLevel> getManagerRoles(long resellerId) {
    return roles.list(resellerId);
  }

  /** The manager roles as a lazy stream. */
  public Stream<AccessLevel> streamManagerRoles(long resellerId) {
    return roles.stream(resellerId);
  }
}
