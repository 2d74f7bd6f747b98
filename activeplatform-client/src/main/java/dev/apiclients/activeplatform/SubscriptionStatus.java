package dev.apiclients.activeplatform;

/**
 * A subscription's lifecycle status. Only {@code active} appears in the documents' examples; the other constants are the operator guide's labels in snake case, which the client assumes the API sends [inferred]. Read it through {@link EnumValue}, which keeps any other text.
 */
public enum SubscriptionStatus {
  /** Ordered. */
  ORDERED,
  /** Installing. */
  INSTALLING,
  /** Installation failed. */
  INSTALLATION_FAILED,
  /** Activating. */
  ACTIVATING,
  /** Activating failed. */
  ACTIVATING_FAILED,
  /** Active ({@code active}, seen in the documents). */
  ACTIVE,
  /** Delivered (non-recurring billing). */
  DELIVERED,
  /** Updating. */
  UPDATING,
  /** Updating failed. */
  UPDATING_FAILED,
  /** Renewing. */
  RENEWING,
  /** Renewing failed. */
  RENEWING_FAILED,
  /** Waiting for manual approve. */
  WAITING_FOR_MANUAL_APPROVE,
  /** Graced. */
  GRACED,
  /** Stopping. */
  STOPPING,
  /** Stopping failed. */
  STOPPING_FAILED,
  /** Stopped. */
  STOPPED,
  /** Deleting [inferred]. */
  DELETING,
  /** Deleted [inferred]. */
  DELETED,
  /** Text this client does not know; {@link EnumValue#raw()} keeps it. */
  UNKNOWN
}
