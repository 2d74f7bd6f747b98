package dev.apiclients.libib;

import dev.apiclients.http.NotFoundException;
import java.util.Optional;
import dev.apiclients.libib.internal.LibibApi;
import dev.apiclients.libib.internal.LibibCalls;
import java.util.List;

/**
 * Libib's manager operations ({@code /managers}). Get one with {@link LibibClient#managers()}.
 * Every method sends one request (paced to Libib's rate limit) and throws an {@link
 * dev.apiclients.http.ApiException} subtype on failure.
 */
public final class Managers {

  private final LibibApi api;

  Managers(LibibApi api) {
    this.api = api;
  }

  /** Every manager of the site, the owner included ({@code GET /managers}). */
  public List<Manager> getManagers() {
    return api.managers().managers();
  }

  /**
   * One manager by email ({@code GET /managers/{email}}).
   *
   * @param email the manager's email
   * @throws IllegalArgumentException if the email is blank (nothing is sent)
   * @throws dev.apiclients.http.NotFoundException if there is no such manager
   */
  public Manager getManagerById(String email) {
    return api.manager(LibibCalls.identifier(email, "email"));
  }

  /**
   * Looks a manager up by email ({@code GET /managers/{email}}) without treating "not there" as a
   * failure.
   *
   * @param email the manager's email
   * @return the manager, or empty on 404 or on Libib's blank answer for an unknown manager
   * @throws IllegalArgumentException if the email is blank (nothing is sent)
   * @throws dev.apiclients.http.ApiException for every other failure
   */
  public Optional<Manager> findManager(String email) {
    String id = LibibCalls.identifier(email, "email");
    try {
      return Optional.of(api.manager(id));
    } catch (NotFoundException absent) {
      return Optional.empty();
    }
  }

  /**
   * Creates a manager ({@code POST /managers}, fields as URL query parameters as Libib documents;
   * the password is masked in every log line and error). Needs an open manager seat. A create is
   * never re-sent after the connection broke: check with {@link #findManager(String)} before
   * retrying.
   *
   * @param manager the validated manager to create
   * @return the manager as Libib created it (Libib never returns the password)
   * @throws IllegalArgumentException if {@code manager} is null (nothing is sent)
   * @throws dev.apiclients.http.ResponseDecodingException if Libib answered 2xx with no readable
   *     manager (an error sent with 200, a proxy's login page): the create may or may not have
   *     happened; look the manager up before sending it again
   */
  public Manager createManager(NewManager manager) {
    if (manager == null) {
      throw new IllegalArgumentException("manager must not be null");
    }
    return api.createManager(LibibCalls.query(manager.toQuery()));
  }

  /**
   * Removes a manager ({@code DELETE /managers/{email}}). The owner cannot be removed.
   *
   * @param email the manager's email
   * @throws IllegalArgumentException if the email is blank (nothing is sent)
   * @throws dev.apiclients.http.NotFoundException if there is no such manager
   */
  public void deleteManager(String email) {
    api.deleteManager(LibibCalls.identifier(email, "email"));
  }
}
