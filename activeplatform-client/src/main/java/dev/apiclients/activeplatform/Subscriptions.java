package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.JsonApiWriter;
import dev.apiclients.activeplatform.internal.WriteBodies;
import dev.apiclients.activeplatform.internal.WriteOperation;
import java.net.URI;
import dev.apiclients.http.ApiException;
import dev.apiclients.http.UnprocessableEntityException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A reseller's subscriptions ({@code GET /api/v3/resellers/{reseller_id}/subscriptions}). Get it
 * with {@link ActivePlatformClient#subscriptions()}. Listings follow {@code links.next}; bad
 * arguments throw {@link IllegalArgumentException} before any request.
 *
 * <p>The writes check the subscription's {@link Subscription#ability()} on the platform: an
 * operation it does not allow is answered 403, and the exception names the flag. Stop, activate
 * and delete only start a process (200, empty body): read the subscription to follow its status.
 * No write is re-sent after it may have reached the platform (a reset, a timeout, a 5xx).
 */
public final class Subscriptions {

  private final ResourceCalls<Subscription> calls;
  private final JsonApiWriter writer;

  Subscriptions(ResourceCalls<Subscription> calls, JsonApiWriter writer) {
    this.calls = calls;
    this.writer = writer;
  }

  /** Every subscription of the reseller (every page). */
  public List<Subscription> getSubscriptions(long resellerId) {
    return calls.list(resellerId);
  }

  /** Every subscription as a lazy stream. */
  public Stream<Subscription> streamSubscriptions(long resellerId) {
    return calls.stream(resellerId);
  }

  /** The subscriptions that match the query (filters, {@code meta}, include), as a lazy stream. */
  public Stream<Subscription> streamSubscriptions(long resellerId, SubscriptionQuery query) {
    return calls.stream(resellerId, query);
  }

  /**
   * One subscription by id, with optional {@code include} values from {@link
   * SubscriptionQuery#INCLUDES} (the included resources come back on the subscription).
   */
  public Subscription getSubscription(long resellerId, String subscriptionId, String... include) {
    return calls.get(resellerId, subscriptionId, SubscriptionQuery.INCLUDES, include);
  }

  /**
   * Switches auto-renew on or off ({@code PATCH .../subscriptions/{subscription_id}} with {@code
   * autorenew}, the only attribute this endpoint changes) and returns the subscription. Guarded by
   * {@code ability.change_auto_renew_option}.
   *
   * <p><b>Setting the value already set is not an error.</b> The platform answers that with 422;
   * after any 422 this method reads the subscription once and, if its {@code
   * renewal_settings.autorenew} already equals {@code autorenew}, returns it; otherwise the 422 is
   * thrown (also when that read fails; its failure is attached as suppressed). No error text is
   * matched, and no request is sent beyond the PATCH unless the platform refused it.
   *
   * <p><b>Before retrying after an unknown outcome:</b> read {@code renewalSettings().autorenew()}
   * of the subscription; sending it again is harmless.
   *
   * @throws dev.apiclients.http.ForbiddenException when the ability does not allow it (for example
   *     the subscription has "disable auto-renew" set)
   */
  public Subscription setAutoRenew(long resellerId, String subscriptionId, boolean autorenew) {
    String id = JsonApiWriter.requireId(subscriptionId, "subscriptionId");
    URI url = writer.url(resellerId, "subscriptions", id, null);
    WriteOperation operation = WriteOperation.guarded("setAutoRenew", "change_auto_renew_option",
        "Read the subscription (subscriptions().getSubscription(" + resellerId + ", \"" + id + "\")) and its"
            + " renewalSettings().autorenew(); sending the same value again is harmless.");
    try {
      return writer.send(operation,
          () -> writer.api().updateSubscription(url, WriteBodies.of(Map.of("autorenew", autorenew)))).data();
    } catch (UnprocessableEntityException refused) {
      Subscription current;
      try {
        current = getSubscription(resellerId, id);
      } catch (ApiException readFailed) {
        refused.addSuppressed(readFailed);
        throw refused;
      }
      if (Objects.equals(current.renewalSettings().autorenew(), autorenew)) {
        return current;
      }
      throw refused;
    }
  }

  /**
   * Starts stopping (suspending) a subscription ({@code POST .../stop_operation}; 200, empty body).
   * The subscription goes through {@code stopping} to {@code stopped}: read it to follow. A prolong
   * or renewal order of the subscription that waits for payment or provisioning is cancelled with
   * its payment. Guarded by {@code ability.stop}.
   *
   * <p><b>Before retrying after an unknown outcome:</b> read the subscription: {@code stopping} or
   * {@code stopped} means it took effect (sending it again is then refused with 403, not repeated).
   *
   * @param reason why (required by the platform)
   * @param comment a comment (required by the platform)
   * @throws IllegalArgumentException if an id, the reason or the comment is blank (nothing is sent)
   * @throws dev.apiclients.http.ForbiddenException when {@code ability.stop} is false
   */
  public void stopSubscription(long resellerId, String subscriptionId, String reason, String comment) {
    operation(resellerId, subscriptionId, reason, comment, "stop_operation",
        WriteOperation.guarded("stopSubscription", "stop", "Read the subscription (subscriptions().getSubscription("
            + resellerId + ", \"" + subscriptionId + "\")): status stopping or stopped means the stop took effect."));
  }

  /**
   * Starts activating (resuming) a subscription ({@code POST .../activate_operation}; 200, empty
   * body). Guarded by {@code ability.activate}.
   *
   * <p><b>Before retrying after an unknown outcome:</b> read the subscription: {@code activating}
   * or {@code active} means it took effect.
   *
   * @param reason why (required by the platform)
   * @param comment a comment (required by the platform)
   * @throws IllegalArgumentException if an id, the reason or the comment is blank (nothing is sent)
   * @throws dev.apiclients.http.ForbiddenException when {@code ability.activate} is false
   */
  public void activateSubscription(long resellerId, String subscriptionId, String reason, String comment) {
    operation(resellerId, subscriptionId, reason, comment, "activate_operation",
        WriteOperation.guarded("activateSubscription", "activate", "Read the subscription"
            + " (subscriptions().getSubscription(" + resellerId + ", \"" + subscriptionId + "\")): status activating"
            + " or active means the activation took effect."));
  }

  /**
   * Starts deleting a subscription ({@code POST .../delete_operation}, no body; 200, empty body).
   * Terminal; a manager may delete only within the service term's deletion period. Guarded by
   * {@code ability.destroy}.
   *
   * <p><b>Before retrying after an unknown outcome:</b> read the subscription: a deleting or
   * deleted status (or a 404) means it took effect.
   *
   * @throws dev.apiclients.http.ForbiddenException when {@code ability.destroy} is false
   */
  public void deleteSubscription(long resellerId, String subscriptionId) {
    String id = JsonApiWriter.requireId(subscriptionId, "subscriptionId");
    URI url = writer.url(resellerId, "subscriptions", id, "delete_operation");
    writer.run(WriteOperation.guarded("deleteSubscription", "destroy", "Read the subscription"
        + " (subscriptions().getSubscription(" + resellerId + ", \"" + id + "\")): a deleting or deleted status,"
        + " or a 404, means the deletion took effect."), () -> writer.api().operationWithoutBody(url));
  }

  private void operation(long resellerId, String subscriptionId, String reason, String comment, String path,
      WriteOperation operation) {
    String id = JsonApiWriter.requireId(subscriptionId, "subscriptionId");
    JsonApiWriter.requireId(reason, "reason");
    JsonApiWriter.requireId(comment, "comment");
    URI url = writer.url(resellerId, "subscriptions", id, path);
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("reason", reason);
    attributes.put("comment", comment);
    writer.run(operation, () -> writer.api().operation(url, WriteBodies.of(attributes)));
  }
}
