package dev.apiclients.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Libib's documented patron rules, applied to the fields of a create or an update: email
 * well-formed, at most 3 notification emails, a two-letter country (default US) and, in the US, a
 * two-letter state, freeze 1 or 0, a barcode of 5 to 15 digits; on update an empty value clears a field, except first_name,
 * last_name, country and barcode.
 */
final class PatronRules {

  /** The patron fields, in Libib's order. */
  static final List<String> PATRON_FIELDS = List.of("barcode", "first_name", "last_name", "email",
      "notification_emails", "tags", "patron_id", "phone", "address1", "address2", "city", "state", "country",
      "zip", "freeze");
  /** A well-formed email, as far as the sandbox checks. */
  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private static final Set<String> NOT_EMPTY_ON_UPDATE = Set.of("first_name", "last_name", "country", "barcode");
  private static final Pattern BARCODE = Pattern.compile("[0-9]{5,15}");
  private static final Pattern TWO_LETTERS = Pattern.compile("[A-Za-z]{2}");

  private PatronRules() {}

  /**
   * Copies the documented fields present in {@code params} into {@code patron}, validating them;
   * other parameters (such as {@code password}) are ignored.
   *
   * @return the reason for a 400, or null when valid
   */
  static String apply(Map<String, String> params, Map<String, Object> patron, boolean update) {
    for (Map.Entry<String, String> param : params.entrySet()) {
      String field = param.getKey();
      if (!PATRON_FIELDS.contains(field)) {
        continue;
      }
      String value = param.getValue().strip();
      if (value.isEmpty()) {
        if (update && NOT_EMPTY_ON_UPDATE.contains(field)) {
          return field + " cannot be empty";
        }
        patron.put(field, field.equals("country") ? "US" : null);
        continue;
      }
      String invalid = put(patron, field, value);
      if (invalid != null) {
        return invalid;
      }
    }
    Object state = patron.get("state");
    if ("US".equals(patron.get("country")) && state != null) {
      if (!TWO_LETTERS.matcher((String) state).matches()) {
        return "state must be the two-letter abbreviation when country is US";
      }
      patron.put("state", ((String) state).toUpperCase(Locale.ROOT));
    }
    return null;
  }

  private static String put(Map<String, Object> patron, String field, String value) {
    switch (field) {
      case "freeze" -> {
        if (!value.equals("1") && !value.equals("0")) {
          return "freeze must be 1 or 0";
        }
        patron.put(field, Integer.valueOf(value));
      }
      case "country" -> {
        if (!TWO_LETTERS.matcher(value).matches()) {
          return "country must be a two-letter country code";
        }
        patron.put(field, value.toUpperCase(Locale.ROOT));
      }
      case "barcode" -> {
        if (!BARCODE.matcher(value).matches()) {
          return "barcode must be 5 to 15 digits";
        }
        patron.put(field, value);
      }
      case "email" -> {
        if (!EMAIL.matcher(value).matches()) {
          return "email is not a valid email address";
        }
        patron.put(field, value);
      }
      case "notification_emails" -> {
        String[] emails = value.split(",");
        if (emails.length > 3) {
          return "notification_emails takes at most 3 emails";
        }
        for (String email : emails) {
          if (!EMAIL.matcher(email.strip()).matches()) {
            return "notification_emails: " + email.strip() + " is not a valid email address";
          }
        }
        patron.put(field, value);
      }
      default -> patron.put(field, value);
    }
    return null;
  }
}
