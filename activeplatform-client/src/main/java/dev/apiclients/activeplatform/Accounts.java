package dev.apiclients.activeplatform;

import java.util.List;
import java.util.stream.Stream;

/**
 * A reseller's customer accounts ({@code GET /api/v3/resellers/{reseller_id}/accounts}). Get it
 * with {@link ActivePlatformClient#accounts()}. Listings follow {@code links.next} as {@link
 * Managers} does; failures throw {@link dev.apiclients.http.ApiException} subtypes, and bad
 * arguments throw {@link IllegalArgumentException} before any request.
 */
public final class Accounts {

  private final ResourceCalls<Account> calls;

  Accounts(ResourceCalls<Account> calls) {
    this.calls = calls;
  }

  /** Every account of the reseller (every page). */
  public List<Account> getAccounts(long resellerId) {
    return calls.list(resellerId);
  }

  /** Every account as a lazy stream, one request per page as it is consumed. */
  public Stream<Account> streamAccounts(long resellerId) {
    return calls.stream(resellerId);
  }

  /** The accounts that match the query, as a lazy stream. */
  public Stream<Account> streamAccounts(long resellerId, AccountQuery query) {
    return calls.stream(resellerId, query);
  }

  /**
   * One account by id ({@code GET .../accounts/{account_id}}).
   *
   * @throws dev.apiclients.http.NotFoundException if the platform answers 404
   */
  public Account getAccount(long resellerId, String accountId) {
    return calls.get(resellerId, accountId);
  }
}
