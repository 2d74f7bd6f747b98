package dev.apiclients.activeplatform;

/**
 * An order's status. The documents give only the operator guide's labels; the constants are those labels in snake case, which the client assumes the API sends [inferred]. Read it through {@link EnumValue}, which keeps any other text.
 */
public enum OrderStatus {
  /** Waiting for payment. */
  WAITING_FOR_PAYMENT,
  /** Waiting for provisioning. */
  WAITING_FOR_PROVISIONING,
  /** Provisioning. */
  PROVISIONING,
  /** Provisioning failed. */
  PROVISIONING_FAILED,
  /** Completed. */
  COMPLETED,
  /** Cancelled. */
  CANCELLED,
  /** Text this client does not know; {@link EnumValue#raw()} keeps it. */
  UNKNOWN
}
