package dev.apiclients.libib;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Computes a {@link PatronImport}'s plan from the library as read and the input rows, without any
 * request: matching by barcode, else by email (case-insensitive); the fields that differ; Libib's
 * rules ({@link PatronRules}); duplicates in the input.
 */
final class ImportPlanner {

  private final Map<String, Patron> byBarcode = new HashMap<>();
  private final Map<String, Patron> byEmail = new HashMap<>();
  private final Map<String, Integer> seenBarcodes = new HashMap<>();
  private final Map<String, Integer> seenEmails = new HashMap<>();

  private ImportPlanner(List<Patron> library) {
    for (Patron patron : library) {
      if (text(patron.barcode()) != null) {
        byBarcode.putIfAbsent(patron.barcode().strip(), patron);
      }
      if (text(patron.email()) != null) {
        byEmail.putIfAbsent(emailKey(patron.email()), patron);
      }
    }
  }

  /** The plan for {@code rows} against the patrons of {@code library}. */
  static ImportPlan plan(List<Patron> library, List<PatronFields> rows) {
    ImportPlanner planner = new ImportPlanner(library);
    PlannedRow[] planned = new PlannedRow[rows.size()];
    for (int i = 0; i < planned.length; i++) {
      planned[i] = planner.row(i + 1, rows.get(i));
    }
    return new ImportPlan(Arrays.asList(planned));
  }

  private PlannedRow row(int n, PatronFields row) {
    if (row == null || row.isEmpty()) {
      return rejected(n, null, "the row sets no field");
    }
    String barcode = text(row.asMap().get("barcode"));
    String email = text(row.asMap().get("email"));
    Integer sameBarcode = barcode == null ? null : seenBarcodes.putIfAbsent(barcode, n);
    Integer sameEmail = email == null ? null : seenEmails.putIfAbsent(emailKey(email), n);
    if (sameBarcode != null || sameEmail != null) {
      return rejected(n, barcode, sameBarcode != null ? "same barcode as row " + sameBarcode
          : "same email as row " + sameEmail + " (emails are unique in Libib, compared ignoring case)");
    }
    Patron byCode = barcode == null ? null : byBarcode.get(barcode);
    Patron byMail = email == null ? null : byEmail.get(emailKey(email));
    if (barcode != null && byMail != null && byMail != byCode) {
      return rejected(n, barcode, "the email belongs to the patron with barcode " + byMail.barcode()
          + (byCode == null ? ", but the row's barcode matches no patron" : ", not to the row's barcode")
          + ": fix the barcode or leave it out");
    }
    Patron match = barcode != null ? byCode : byMail;
    return match == null ? create(n, row, barcode, email) : update(n, row, match);
  }

  private static PlannedRow create(int n, PatronFields row, String barcode, String email) {
    try {
      PatronRules.checkCreate(row);
    } catch (IllegalArgumentException invalid) {
      return rejected(n, barcode, invalid.getMessage());
    }
    String warning = barcode == null && email == null
        ? "no barcode or email: the row can only be created, and running the import again creates it again"
        : null;
    return new PlannedRow(n, PlannedRow.Action.CREATE, row, barcode, warning);
  }

  private static PlannedRow update(int n, PatronFields row, Patron match) {
    Map<String, String> changes = new LinkedHashMap<>();
    row.asMap().forEach((name, value) -> {
      if (!name.equals("password") && !same(name, value, current(match, name))) {
        changes.put(name, value);
      }
    });
    String barcode = text(match.barcode());
    if (changes.isEmpty()) {
      return new PlannedRow(n, PlannedRow.Action.UNCHANGED, null, barcode, null);
    }
    if (barcode == null) {
      return rejected(n, null, "the matching patron has no barcode to update it by");
    }
    Map<String, String> checked = new LinkedHashMap<>(changes);
    if (checked.containsKey("state") && !checked.containsKey("country")) {
      checked.put("country", text(match.country()) == null ? "US" : match.country());
    }
    try {
      PatronRules.checkUpdate(PatronFields.ofLibibNames(checked));
    } catch (IllegalArgumentException invalid) {
      return rejected(n, barcode, invalid.getMessage());
    }
    return new PlannedRow(n, PlannedRow.Action.UPDATE, PatronFields.ofLibibNames(changes), barcode, null);
  }

  private static PlannedRow rejected(int n, String barcode, String reason) {
    return new PlannedRow(n, PlannedRow.Action.REJECTED, null, barcode, reason);
  }

  /**
   * Whether a row's value equals the patron's: null and blank alike, surrounding spaces ignored;
   * email, state and country ignoring case; email lists item by item; freeze 1 as true, 0 or
   * nothing as false.
   */
  static boolean same(String name, String rowValue, String currentValue) {
    String a = rowValue == null ? "" : rowValue.strip();
    String b = currentValue == null ? "" : currentValue.strip();
    return switch (name) {
      case "email", "state", "country" -> a.equalsIgnoreCase(b);
      case "notification_emails" -> emailList(a).equals(emailList(b));
      case "freeze" -> a.equals("1") == b.equals("1");
      default -> a.equals(b);
    };
  }

  /** The patron's current value of a field by its Libib name; freeze as 1 or 0. */
  static String current(Patron p, String libibName) {
    return switch (libibName) {
      case "barcode" -> p.barcode();
      case "first_name" -> p.firstName();
      case "last_name" -> p.lastName();
      case "email" -> p.email();
      case "notification_emails" -> p.notificationEmails();
      case "tags" -> p.tags();
      case "patron_id" -> p.patronId();
      case "phone" -> p.phone();
      case "address1" -> p.address1();
      case "address2" -> p.address2();
      case "city" -> p.city();
      case "state" -> p.state();
      case "country" -> p.country();
      case "zip" -> p.zip();
      case "freeze" -> p.freeze() == null ? null : p.freeze() ? "1" : "0";
      default -> null;
    };
  }

  private static List<String> emailList(String emails) {
    return Arrays.stream(emails.split(",")).map(String::strip).filter(e -> !e.isEmpty())
        .map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toList());
  }

  private static String emailKey(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
