package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An order ({@code orders}). The model is wide and mostly not visible; what is not mapped here
 * (items, promo code, ...) is in {@link #otherAttributes()}. Any attribute may be null.
 *
 * @param id the order id
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 * @param documentId the order number, such as {@code SO000329}
 * @param status the order status
 * @param accountId the account that pays for the order
 * @param type the order type
 * @param closedAt when the order was completed or cancelled
 * @param expirationDate the pay-by date (a date or the date of a date-time; the format is not visible)
 * @param provisioningDate the provisioning start (read as {@code expirationDate} is)
 * @param total the order total, from a string or a number (a v1 attribute, assumed in v3)
 * @param otherAttributes attributes the documents do not show (unmodifiable)
 * @param charges the charges, with {@code include=charges}
 * @param account the account, with {@code include=account}
 * @param payment the payment, with {@code include=payment}
 * @param subscription the subscription, with {@code include=subscription}
 */
public record Order(
    String id, OffsetDateTime createdAt, OffsetDateTime updatedAt, String documentId,
    EnumValue<OrderStatus> status, Long accountId, EnumValue<OrderType> type, OffsetDateTime closedAt,
    LocalDate expirationDate, LocalDate provisioningDate, BigDecimal total, Map<String, Object> otherAttributes,
    List<IncludedResource> charges, Optional<Account> account, Optional<IncludedResource> payment,
    Optional<Subscription> subscription) {
  /** Shows only the fields that have a value: collections by size, maps by their keys. */
  @Override
  public String toString() {
    return RecordText.of(this);
  }
}
