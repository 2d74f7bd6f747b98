package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A payment ({@code payments}). Money arrives as strings and is read as {@link BigDecimal};
 * timestamps arrive with offsets such as {@code +0300} (no colon) and microseconds, and are read as
 * {@link OffsetDateTime}. The example's {@code expiration_date} and {@code due_date} are null, so
 * their format is not visible: a date or a date-time is read as a date. Any component may be null.
 *
 * @param id the payment id
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 * @param accountId the paying account
 * @param discountAmount the discount
 * @param total the amount due
 * @param amountPaidFromBalance how much was paid from the balance
 * @param initialTotal the amount before discounts
 * @param currencyCode ISO 4217 currency, such as {@code USD}
 * @param comment the comment
 * @param status the status, such as {@code waiting_for_payment}
 * @param documentId the payment number
 * @param expirationDate the pay-by date
 * @param paymentMethodId the payment method
 * @param requesterIp the requester's address
 * @param managerId the manager who created it
 * @param purpose the purpose shown on the receipt
 * @param externalTotal the amount in an external currency
 * @param externalCurrency the external currency
 * @param dueDate the due date
 * @param paymentMethodName the payment method's name
 * @param closedAt when it was completed
 * @param otherAttributes attributes the documents do not show (unmodifiable)
 */
public record Payment(
    String id, OffsetDateTime createdAt, OffsetDateTime updatedAt, Long accountId, BigDecimal discountAmount,
    BigDecimal total, BigDecimal amountPaidFromBalance, BigDecimal initialTotal, String currencyCode, String comment,
    EnumValue<PaymentStatus> status, String documentId, LocalDate expirationDate, Long paymentMethodId,
    String requesterIp, Long managerId, String purpose, BigDecimal externalTotal, String externalCurrency,
    LocalDate dueDate, String paymentMethodName, OffsetDateTime closedAt, Map<String, Object> otherAttributes) {

  /** Shows only the fields that have a value. */
  @Override
  public String toString() {
    return RecordText.of(this);
  }
}
