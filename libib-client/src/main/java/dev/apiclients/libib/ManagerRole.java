package dev.apiclients.libib;

import java.util.Locale;

/** A Libib manager's role. A role this client does not know decodes as {@link #UNKNOWN}. */
public enum ManagerRole {
  /** The account owner (cannot be created or removed through the API). */
  OWNER("owner"),
  /** Full administrative access. */
  ADMIN("admin"),
  /** Manages the collections assigned by the owner. */
  MANAGER("manager"),
  /** Lends items from the collections assigned by the owner. */
  LENDER("lender"),
  /** A role Libib added after this client was written. */
  UNKNOWN("unknown");

  private final String wireValue;

  ManagerRole(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The role as Libib writes it, such as {@code admin}. */
  public String wireValue() {
    return wireValue;
  }

  /** The role for Libib's text (case-insensitive); {@link #UNKNOWN} for anything else, including null. */
  public static ManagerRole fromWire(String value) {
    if (value == null) {
      return UNKNOWN;
    }
    String text = value.strip().toLowerCase(Locale.ROOT);
    for (ManagerRole role : values()) {
      if (role != UNKNOWN && role.wireValue.equals(text)) {
        return role;
      }
    }
    return UNKNOWN;
  }

  /** The wire value, such as {@code admin}. */
  @Override
  public String toString() {
    return wireValue;
  }
}
