package dev.apiclients.activeplatform;

/**
 * How a subscription is paid ({@code payment_model}; the documented filter values {@code prepay} and {@code postpay}). Read it through {@link EnumValue}.
 */
public enum PaymentModel {
  /** Paid before the period ({@code prepay}). */
  PREPAY,
  /** Paid after the period ({@code postpay}). */
  POSTPAY,
  /** Text this client does not know; {@link EnumValue#raw()} keeps it. */
  UNKNOWN
}
