package dev.apiclients.activeplatform.internal.jsonapi;

import com.github.jasminb.jsonapi.annotations.Type;
import dev.apiclients.activeplatform.EnumValue;
import dev.apiclients.activeplatform.Payment;
import dev.apiclients.activeplatform.PaymentStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A {@code payments} resource (its relationships are not modelled). */
@Type("payments")
public final class PaymentDto extends ResourceDto<Payment> {
  OffsetDateTime createdAt;
  OffsetDateTime updatedAt;
  Long accountId;
  BigDecimal discountAmount;
  BigDecimal total;
  BigDecimal amountPaidFromBalance;
  BigDecimal initialTotal;
  String currencyCode;
  String comment;
  EnumValue<PaymentStatus> status;
  String documentId;
  LocalDate expirationDate;
  Long paymentMethodId;
  String requesterIp;
  Long managerId;
  String purpose;
  BigDecimal externalTotal;
  String externalCurrency;
  LocalDate dueDate;
  String paymentMethodName;
  OffsetDateTime closedAt;

  @Override
  protected Payment toRecord() {
    return new Payment(id(), createdAt, updatedAt, accountId, discountAmount, total, amountPaidFromBalance,
        initialTotal, currencyCode, comment, status, documentId, expirationDate, paymentMethodId, requesterIp,
        managerId, purpose, externalTotal, externalCurrency, dueDate, paymentMethodName, closedAt, otherAttributes());
  }
}
