package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.JsonApiWriter;
import dev.apiclients.activeplatform.internal.WriteBodies;
import dev.apiclients.activeplatform.internal.WriteOperation;
import java.net.URI;
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
 *
 * <p>Creates and updates are never re-sent after they may have reached the platform (a reset, a
 * timeout, a 5xx): the exception says the outcome is unknown and what to check. There is no
 * delete: {@link #blockManager} sets {@code status: inactive}.
 */
public final class Managers {

  private final JsonApiReader reader;
  private final ResourceCalls<Manager> managers;
  private final ResourceCalls<Manager> childManagers;
  private final ResourceCalls<AccessLevel> roles;
  private final JsonApiWriter writer;

  Managers(JsonApiReader reader, JsonApiWriter writer, int pageSize) {
    this.reader = reader;
    this.writer = writer;
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

  /**
   * Creates a manager ({@code POST .../managers}; only a system administrator may). The response
   * is not visible in the documents: the manager is assumed.
   *
   * <p><b>Before retrying after an unknown outcome:</b> look for the e-mail in {@link
   * #getManagers}; a second create makes a second manager (or is refused for a taken e-mail).
   *
   * @throws IllegalArgumentException if the manager breaks a documented rule (nothing is sent)
   */
  public Manager createManager(long resellerId, NewManager manager) {
    RequestBuilder.checked(manager, "manager");
    URI url = writer.url(resellerId, "managers", null, null);
    WriteOperation operation = WriteOperation.of("createManager", "Before creating it again, look for the e-mail"
        + " in managers().getManagers(" + resellerId + "); a second create makes a second manager.");
    return writer.send(operation, () -> writer.api().createManager(url, WriteBodies.of(manager))).data();
  }

  /**
   * Updates a manager ({@code PATCH .../managers/{manager_id}}); only the attributes set are sent.
   * A system administrator may update any manager, other roles only themselves.
   *
   * <p><b>Before retrying after an unknown outcome:</b> read the manager with {@link #getManager};
   * sending the same update again is harmless.
   *
   * @throws IllegalArgumentException if an argument breaks a documented rule (nothing is sent)
   */
  public Manager updateManager(long resellerId, String managerId, ManagerUpdate update) {
    String id = JsonApiWriter.requireId(managerId, "managerId");
    RequestBuilder.checked(update, "update");
    URI url = writer.url(resellerId, "managers", id, null);
    WriteOperation operation = WriteOperation.of("updateManager", "Read the manager (managers().getManager("
        + resellerId + ", \"" + id + "\")) to see whether the change took effect; sending the same update again"
        + " is harmless.");
    return writer.send(operation, () -> writer.api().updateManager(url, WriteBodies.of(update))).data();
  }

  /**
   * Blocks a manager: {@code PATCH .../managers/{manager_id}} with {@code status: inactive}, which
   * stops them signing in. There is no delete; {@code updateManager} with {@link
   * ManagerStatus#ACTIVE} unblocks.
   */
  public Manager blockManager(long resellerId, String managerId) {
    return updateManager(resellerId, managerId, ManagerUpdate.builder().status(ManagerStatus.INACTIVE).build());
  }

  /** The manager roles as a lazy stream. */
  public Stream<AccessLevel> streamManagerRoles(long resellerId) {
    return roles.stream(resellerId);
  }
}
