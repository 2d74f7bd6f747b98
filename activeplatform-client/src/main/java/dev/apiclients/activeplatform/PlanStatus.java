package dev.apiclients.activeplatform;

/**
 * A plan's status: {@code active} is documented for v3; the v1 documents add {@code inactive} and {@code deactivated by provider} (with spaces; the v3 spelling is unknown, both spellings match). Read it through {@link EnumValue}.
 */
public enum PlanStatus {
  /** Available ({@code active}). */
  ACTIVE,
  /** Not available ({@code inactive}, from v1). */
  INACTIVE,
  /** Deactivated by the provider (from v1). */
  DEACTIVATED_BY_PROVIDER,
  /** Text this client does not know; {@link EnumValue#raw()} keeps it. */
  UNKNOWN
}
