package dev.apiclients.libib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes a {@link PatronImport}'s plan from the library as read and the input rows, without any
 * request. The rules are chosen so that a plan, once applied, plans no write when made again:
 *
 * <ol>
 *   <li>a row repeating an earlier row's barcode or email ({@link PatronEmail}) is rejected;
 *   <li>a row resolves to a patron by its barcode, else by its email; a row whose email belongs to
 *       another patron than its barcode's is rejected;
 *   <li>a patron is the target of one row at most: a later row resolving to it is rejected, naming
 *       the row that holds it;
 *   <li>a row that would change its patron's email away from an email another row names is
 *       rejected (applying it would make that other row resolve differently next time);
 *   <li>a row with neither barcode nor email matches a patron no keyed row resolves to whose every
 *       field set in the row is already equal (each such patron matched once); else it is created.
 * </ol>
 */
final class ImportPlanner {

  private final List<Patron> library;
  private final Map<String, Patron> byBarcode = new HashMap<>();
  private final Map<String, Patron> byEmail = new HashMap<>();

  /** One input row with its keys, stripped. */
  private static final class Row {
    final int n;
    final PatronFields fields;
    final String barcode;
    final String email;
    final String emailKey;
    PlannedRow decided;
    Patron target;

    Row(int n, PatronFields fields) {
      this.n = n;
      this.fields = fields;
      this.barcode = fields == null ? null : text(fields.asMap().get("barcode"));
      this.email = fields == null ? null : text(fields.asMap().get("email"));
      this.emailKey = email == null ? null : PatronEmail.key(email);
    }

    boolean keyed() {
      return barcode != null || email != null;
    }
  }

  private ImportPlanner(List<Patron> library) {
    this.library = library;
    for (Patron patron : library) {
      if (text(patron.barcode()) != null) {
        byBarcode.putIfAbsent(patron.barcode().strip(), patron);
      }
      if (text(patron.email()) != null) {
        byEmail.putIfAbsent(PatronEmail.key(patron.email()), patron);
      }
    }
  }

  /** The plan for {@code rows} against the patrons of {@code library}. */
  static ImportPlan plan(List<Patron> library, List<PatronFields> rows) {
    ImportPlanner planner = new ImportPlanner(library);
    List<Row> input = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      PatronFields fields = rows.get(i);
      input.add(new Row(i + 1, fields == null || fields.isEmpty() ? null : stripped(fields)));
    }
    planner.rejectRepeats(input);
    planner.resolveKeyed(input);
    planner.rejectVacatedEmails(input);
    planner.matchKeyless(input);
    PlannedRow[] planned = new PlannedRow[input.size()];
    for (Row row : input) {
      planned[row.n - 1] = row.decided != null ? row.decided
          : row.target == null ? create(row) : update(row.n, row.fields, row.target);
    }
    return new ImportPlan(Arrays.asList(planned));
  }

  private void rejectRepeats(List<Row> input) {
    Map<String, Integer> seenBarcodes = new HashMap<>();
    Map<String, Integer> seenEmails = new HashMap<>();
    for (Row row : input) {
      if (row.fields == null) {
        row.decided = rejected(row.n, null, "the row sets no field");
        continue;
      }
      Integer sameBarcode = row.barcode == null ? null : seenBarcodes.putIfAbsent(row.barcode, row.n);
      Integer sameEmail = row.emailKey == null ? null : seenEmails.putIfAbsent(row.emailKey, row.n);
      if (sameBarcode != null) {
        row.decided = rejected(row.n, row.barcode, "same barcode as row " + sameBarcode);
      } else if (sameEmail != null) {
        row.decided = rejected(row.n, row.barcode, "same email as row " + sameEmail
            + " (emails are unique in Libib; compared ignoring case and Unicode form)");
      }
    }
  }

  private void resolveKeyed(List<Row> input) {
    Map<Patron, Integer> claimedBy = new IdentityHashMap<>();
    for (Row row : input) {
      if (row.decided != null || !row.keyed()) {
        continue;
      }
      Patron byCode = row.barcode == null ? null : byBarcode.get(row.barcode);
      Patron byMail = row.emailKey == null ? null : byEmail.get(row.emailKey);
      if (row.barcode != null && byMail != null && byMail != byCode) {
        row.decided = rejected(row.n, row.barcode, "the email belongs to the patron with barcode " + byMail.barcode()
            + (byCode == null ? ", but the row's barcode matches no patron" : ", not to the row's barcode")
            + ": fix the barcode or leave it out");
        continue;
      }
      row.target = row.barcode != null ? byCode : byMail;
      if (row.target == null) {
        continue;
      }
      Integer holder = claimedBy.putIfAbsent(row.target, row.n);
      if (holder != null) {
        row.decided = rejected(row.n, text(row.target.barcode()), "names the same patron as row " + holder
            + " (barcode " + row.target.barcode() + ", found by " + (row.barcode != null ? "barcode" : "email")
            + "): a patron is written by one row at most; merge the two rows");
      }
    }
  }

  private static void rejectVacatedEmails(List<Row> input) {
    Map<String, List<Integer>> namedBy = new HashMap<>();
    for (Row row : input) {
      if (row.emailKey != null) {
        namedBy.computeIfAbsent(row.emailKey, key -> new ArrayList<>()).add(row.n);
      }
    }
    for (Row row : input) {
      if (row.decided != null || row.target == null || !row.fields.asMap().containsKey("email")) {
        continue;
      }
      String current = text(row.target.email());
      if (current == null || PatronEmail.same(current, row.email)) {
        continue;
      }
      List<Integer> others = namedBy.getOrDefault(PatronEmail.key(current), List.of());
      if (!others.isEmpty()) {
        row.decided = rejected(row.n, text(row.target.barcode()), "would change the patron's email from " + current
            + " to " + (row.email == null ? "nothing" : row.email) + ", but row " + others.get(0) + " names " + current
            + ": the rows disagree about who has that email; fix one of them");
      }
    }
  }

  private void matchKeyless(List<Row> input) {
    Set<Patron> taken = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Row row : input) {
      if (row.fields != null && row.keyed()) {
        Patron byCode = row.barcode == null ? null : byBarcode.get(row.barcode);
        Patron byMail = row.emailKey == null ? null : byEmail.get(row.emailKey);
        if (byCode != null) {
          taken.add(byCode);
        }
        if (byMail != null) {
          taken.add(byMail);
        }
      }
    }
    for (Row row : input) {
      if (row.decided != null || row.fields == null || row.keyed()) {
        continue;
      }
      for (Patron patron : library) {
        if (!taken.contains(patron) && sameFields(row.fields, patron)) {
          taken.add(patron);
          row.decided = new PlannedRow(row.n, PlannedRow.Action.UNCHANGED, null, text(patron.barcode()),
              "no barcode or email: matched by its fields to the patron with barcode " + patron.barcode());
          break;
        }
      }
    }
  }

  private static boolean sameFields(PatronFields row, Patron patron) {
    for (Map.Entry<String, String> field : row.asMap().entrySet()) {
      boolean key = List.of("password", "barcode", "email").contains(field.getKey());
      if (!key && !same(field.getKey(), field.getValue(), current(patron, field.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static PlannedRow create(Row row) {
    try {
      PatronRules.checkCreate(row.fields);
    } catch (IllegalArgumentException invalid) {
      return rejected(row.n, row.barcode, invalid.getMessage());
    }
    String warning = row.keyed() ? null
        : "no barcode or email: a re-run recognises the patron only by its fields (a patron with the same values)";
    return new PlannedRow(row.n, PlannedRow.Action.CREATE, row.fields, row.barcode, warning);
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

  /** The row's values with surrounding spaces removed (the password as given): what is sent. */
  private static PatronFields stripped(PatronFields fields) {
    Map<String, String> values = new LinkedHashMap<>();
    fields.asMap().forEach((name, value) -> values.put(name, name.equals("password") ? value : value.strip()));
    return values.equals(fields.asMap()) ? fields : PatronFields.ofLibibNames(values);
  }

  /**
   * Whether a row's value equals the patron's: null and blank alike, surrounding spaces ignored;
   * email by {@link PatronEmail}; state and country ignoring case; email lists item by item;
   * freeze 1 as true, 0 or nothing as false.
   */
  static boolean same(String name, String rowValue, String currentValue) {
    String a = rowValue == null ? "" : rowValue.strip();
    String b = currentValue == null ? "" : currentValue.strip();
    return switch (name) {
      case "email" -> PatronEmail.same(a, b);
      case "state", "country" -> a.equalsIgnoreCase(b);
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
        .map(PatronEmail::key).collect(Collectors.toList());
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
