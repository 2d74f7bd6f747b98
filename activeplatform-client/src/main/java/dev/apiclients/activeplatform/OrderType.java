package dev.apiclients.activeplatform;

/**
 * An order's type. The documents give only the operator guide's labels (Sales, Prolong, Renewal, Change, Switch plan order); the constants are those labels in snake case [inferred]. Read it through {@link EnumValue}, which keeps any other text.
 */
public enum OrderType {
  /** A sales order. */
  SALES,
  /** A prolongation order. */
  PROLONG,
  /** A renewal order. */
  RENEWAL,
  /** A change order. */
  CHANGE,
  /** A switch plan order. */
  SWITCH_PLAN,
  /** Text this client does not know; {@link EnumValue#raw()} keeps it. */
  UNKNOWN
}
