package dev.apiclients.activeplatform;

/**
 * A payment's status. The documents' examples show {@code waiting_for_payment} and {@code
 * paid_from_balance}; read it through {@link EnumValue}, which keeps any other text.
 */
public enum PaymentStatus {
  /** Not paid yet ({@code waiting_for_payment}). */
  WAITING_FOR_PAYMENT,
  /** Completed from the account balance ({@code paid_from_balance}). */
  PAID_FROM_BALANCE,
  /** Text this client does not know; {@link EnumValue#raw()} keeps it. */
  UNKNOWN
}
