package dev.apiclients.libib;

import java.util.Arrays;
import java.util.List;

/**
 * Libib's documented patron rules, checked before any request so that a bad row fails with a
 * message naming the field and the rule instead of a 400 from Libib.
 */
final class PatronRules {

  /** Fields an update may not empty (Libib refuses it). */
  private static final List<String> NEVER_EMPTIED = List.of("first_name", "last_name", "country", "barcode");

  private PatronRules() {}

  static void checkCreate(PatronFields fields) {
    if (fields == null) {
      throw new IllegalArgumentException("fields must not be null");
    }
    if (!fields.hasText("first_name")) {
      throw new IllegalArgumentException("firstName is required to create a patron");
    }
    if (!fields.hasText("last_name")) {
      throw new IllegalArgumentException("lastName is required to create a patron");
    }
    checkValues(fields, true);
  }

  static void checkUpdate(PatronFields fields) {
    if (fields == null || fields.isEmpty()) {
      throw new IllegalArgumentException("fields must set at least one field to update");
    }
    for (String name : NEVER_EMPTIED) {
      String value = fields.asMap().get(name);
      if (value != null && value.isBlank()) {
        throw new IllegalArgumentException(PatronFields.javaName(name)
            + " cannot be emptied by an update: Libib keeps a first name, last name, country and barcode");
      }
    }
    checkValues(fields, false);
  }

  private static void checkValues(PatronFields fields, boolean creating) {
    String emails = fields.asMap().get("notification_emails");
    if (emails != null && Arrays.stream(emails.split(",")).filter(e -> !e.isBlank()).count() > 3) {
      throw new IllegalArgumentException(
          "notificationEmails: Libib accepts at most 3 notification emails, comma-separated");
    }
    String barcode = fields.asMap().get("barcode");
    if (barcode != null && !barcode.isBlank() && !barcode.strip().matches("[0-9]{5,15}")) {
      throw new IllegalArgumentException("barcode: Libib barcodes are 5 to 15 digits (and best left to Libib to assign)");
    }
    String country = fields.asMap().get("country");
    boolean unitedStates = country == null ? creating : country.strip().equalsIgnoreCase("US");
    String state = fields.asMap().get("state");
    if (unitedStates && state != null && !state.isEmpty() && !state.strip().matches("[A-Za-z]{2}")) {
      throw new IllegalArgumentException(
          "state: for a patron in the US (Libib's default country) the state is its 2-letter code, such as KS");
    }
  }
}
