package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.JsonApiWriter;
import dev.apiclients.activeplatform.internal.WriteBodies;
import dev.apiclients.activeplatform.internal.WriteOperation;
import java.net.URI;
import java.util.Map;

/**
 * A reseller's payments ({@code .../payments}): top-up payments, and completing an order's payment
 * from the account balance, which is what moves a prepay order out of {@code waiting_for_payment}.
 * Get it with {@link ActivePlatformClient#payments()}. Money is {@link java.math.BigDecimal};
 * payment timestamps carry offsets without a colon ({@code +0300}), which are read as well.
 * Writes are never re-sent after they may have reached the platform (a reset, a timeout, a 5xx).
 */
public final class Payments {

  private final ResourceCalls<Payment> calls;
  private final JsonApiWriter writer;

  Payments(ResourceCalls<Payment> calls, JsonApiWriter writer) {
    this.calls = calls;
    this.writer = writer;
  }

  /**
   * One payment by id ({@code GET .../payments/{payment_id}}).
   *
   * @throws dev.apiclients.http.NotFoundException if the platform answers 404
   */
  public Payment getPayment(long resellerId, String paymentId) {
    return calls.get(resellerId, JsonApiWriter.requireId(paymentId, "paymentId"));
  }

  /**
   * Creates a top-up payment for an account ({@code POST .../payments}; 201 with the payment, in
   * {@code waiting_for_payment}).
   *
   * <p><b>Before retrying after an unknown outcome:</b> look for a new top-up payment of the
   * account (in the Operator Control Panel; this client reads payments by id only): a second
   * create makes a second payment.
   *
   * @throws IllegalArgumentException if the payment breaks a documented rule (nothing is sent)
   */
  public Payment createPayment(long resellerId, NewPayment payment) {
    RequestBuilder.checked(payment, "payment");
    URI url = writer.url(resellerId, "payments", null, null);
    WriteOperation operation = WriteOperation.of("createPayment", "Before creating another, look for a new top-up"
        + " payment of account " + payment.accountId() + " (in the Operator Control Panel): a second create makes a"
        + " second payment.");
    return writer.send(operation, () -> writer.api().createPayment(url, WriteBodies.of(payment))).data();
  }

  /**
   * Completes a payment from the account's balance ({@code PATCH .../payments/{payment_id}} with
   * {@code status: paid_from_balance}) and returns it, with {@code closed_at} set. Allowed only for
   * a payment in {@code waiting_for_payment} that is not a top-up and not partly paid; completing
   * an order's payment completes the order.
   *
   * <p><b>Before retrying after an unknown outcome:</b> read the payment with {@link #getPayment}:
   * {@code paid_from_balance} means it took effect.
   */
  public Payment completePaymentFromBalance(long resellerId, String paymentId) {
    String id = JsonApiWriter.requireId(paymentId, "paymentId");
    URI url = writer.url(resellerId, "payments", id, null);
    WriteOperation operation = WriteOperation.of("completePaymentFromBalance", "Read the payment"
        + " (payments().getPayment(" + resellerId + ", \"" + id + "\")): status paid_from_balance means it took"
        + " effect.");
    return writer.send(operation,
        () -> writer.api().updatePayment(url, WriteBodies.of(Map.of("status", "paid_from_balance")))).data();
  }
}
