package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.JsonApiWriter;
import dev.apiclients.activeplatform.internal.WriteBodies;
import dev.apiclients.activeplatform.internal.WriteOperation;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;

/**
 * A reseller's customer accounts ({@code GET /api/v3/resellers/{reseller_id}/accounts}). Get it
 * with {@link ActivePlatformClient#accounts()}. Listings follow {@code links.next} as {@link
 * Managers} does; failures throw {@link dev.apiclients.http.ApiException} subtypes, and bad
 * arguments throw {@link IllegalArgumentException} before any request.
 *
 * <p>Creates and updates are never re-sent after they may have reached the platform (a reset, a
 * timeout, a 5xx): the exception says the outcome is unknown and what to check before sending
 * again. A 429 is re-sent per the retry policy.
 */
public final class Accounts {

  private final ResourceCalls<Account> calls;
  private final JsonApiWriter writer;

  Accounts(ResourceCalls<Account> calls, JsonApiWriter writer) {
    this.calls = calls;
    this.writer = writer;
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

  /**
   * Creates a customer account ({@code POST .../accounts}) and returns it as the platform answers
   * (the response is not visible in the documents: a 201 with the account is assumed). The
   * platform also creates an owner user.
   *
   * <p><b>Before retrying after an unknown outcome:</b> look the account up by e-mail ({@code
   * streamAccounts(resellerId, AccountQuery.builder().email(email).build())}); a second create
   * makes a second account.
   *
   * @throws IllegalArgumentException if the account breaks a documented rule (nothing is sent)
   * @throws dev.apiclients.http.UnprocessableEntityException when the platform refuses it; its
   *     text is in {@code errors()}
   */
  public Account createAccount(long resellerId, NewAccount account) {
    RequestBuilder.checked(account, "account");
    URI url = writer.url(resellerId, "accounts", null, null);
    // The advice names the e-mail without quoting it: messages end up in logs, personal data does not.
    WriteOperation operation = WriteOperation.of("createAccount", "Before creating it again, look the account up by"
        + " its e-mail: accounts().streamAccounts(" + resellerId + ", AccountQuery.builder().email(<the account's"
        + " e-mail>).build()); a second create makes a second account.");
    return writer.send(operation, () -> writer.api().createAccount(url, WriteBodies.of(account))).data();
  }

  /**
   * Updates a customer account ({@code PATCH .../accounts/{account_id}}); only the attributes set
   * in {@code update} are sent. The response is not visible: the account is assumed.
   *
   * <p><b>Before retrying after an unknown outcome:</b> read the account with {@link
   * #getAccount}; sending the same update again is harmless.
   *
   * @throws IllegalArgumentException if an argument breaks a documented rule (nothing is sent)
   */
  public Account updateAccount(long resellerId, String accountId, AccountUpdate update) {
    String id = JsonApiWriter.requireId(accountId, "accountId");
    RequestBuilder.checked(update, "update");
    URI url = writer.url(resellerId, "accounts", id, null);
    WriteOperation operation = WriteOperation.of("updateAccount", "Read the account (accounts().getAccount("
        + resellerId + ", \"" + id + "\")) to see whether the change took effect; sending the same update again"
        + " is harmless.");
    return writer.send(operation, () -> writer.api().updateAccount(url, WriteBodies.of(update))).data();
  }
}
