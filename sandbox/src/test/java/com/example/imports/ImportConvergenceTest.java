package com.example.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apiclients.libib.ImportPlan;
import dev.apiclients.libib.ImportReport;
import dev.apiclients.libib.ImportedRow;
import dev.apiclients.libib.ImportedRow.Outcome;
import dev.apiclients.libib.LibibClient;
import dev.apiclients.libib.Patron;
import dev.apiclients.libib.PatronEmail;
import dev.apiclients.libib.PatronFields;
import dev.apiclients.libib.PatronImport;
import dev.apiclients.libib.PlannedRow;
import dev.apiclients.libib.PlannedRow.Action;
import dev.apiclients.sandbox.LibibSandboxExtension;
import dev.apiclients.sandbox.RecordedRequest;
import dev.apiclients.sandbox.Sandbox;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The import against the sandbox as rosters from real systems come: the known hard cases one by
 * one, then random rosters from a seeded generator (duplicates by barcode, by email in another case
 * and Unicode form, one patron named two ways, rows with neither key, spaces around values): plan,
 * apply, plan again.
 */
class ImportConvergenceTest {

  @RegisterExtension static LibibSandboxExtension extension = new LibibSandboxExtension();

  private Sandbox sandbox;
  private LibibClient libib;

  @BeforeEach
  void emptyLibrary() {
    sandbox = extension.sandbox();
    libib = extension.client();
    sandbox.libib().clearPatrons();
  }

  @Test
  void twoRowsResolvingToOnePatronNeverMakeHerSomeoneElse() {
    Patron carol = sandbox.libib().addPatrons(PatronFields.builder().firstName("Carol").lastName("Cole")
        .email("old@example.com").build()).get(0);
    List<PatronFields> rows = List.of(
        PatronFields.builder().barcode(carol.barcode()).firstName("Carol").lastName("Cole").email("new@example.com").build(),
        PatronFields.builder().firstName("Dave").lastName("Dunn").email("old@example.com").build());

    ImportPlan plan = libib.patronImport().plan(rows);
    ImportReport report = libib.patronImport().apply(plan);

    assertThat(report.rows()).extracting(ImportedRow::outcome).containsExactly(Outcome.REJECTED, Outcome.REJECTED);
    assertThat(report.rows().get(1).error()).contains("row 1");
    assertThat(sandbox.libib().patrons()).singleElement().isEqualTo(carol);
    assertThat(sandbox.libib().writes()).isEmpty();
    assertThat(libib.patronImport().plan(rows).writes()).isZero();
  }

  @Test
  void onePatronNamedByBarcodeAndByEmailSettlesAfterOneRun() {
    Patron alicia = sandbox.libib().addPatrons(PatronFields.builder().firstName("Alicia").lastName("Keys")
        .email("alicia@example.com").build()).get(0);
    List<PatronFields> rows = List.of(
        PatronFields.builder().barcode(alicia.barcode()).firstName("Bob").build(),
        PatronFields.builder().email("ALICIA@example.com").firstName("Alicia").build());

    for (int run = 1; run <= 3; run++) {
      ImportReport report = libib.patronImport().apply(libib.patronImport().plan(rows));
      assertThat(report.rows().get(1).outcome()).isEqualTo(Outcome.REJECTED);
      assertThat(report.rows().get(0).outcome()).isEqualTo(run == 1 ? Outcome.UPDATED : Outcome.UNCHANGED);
    }
    assertThat(sandbox.libib().writes()).hasSize(1);
    assertThat(sandbox.libib().patrons()).singleElement().extracting(Patron::firstName).isEqualTo("Bob");
  }

  @Test
  void anEmailInAnotherCaseOrUnicodeFormIsOnePatronForThePlannerAndTheSandbox() {
    sandbox.libib().addPatrons(PatronFields.builder().firstName("Ilker").lastName("Kaya").email("ilker@example.com").build(),
        PatronFields.builder().firstName("Emile").lastName("Zola").email("\u00e9mile@example.com").build());
    List<PatronFields> rows = List.of(
        PatronFields.builder().firstName("Ilker").lastName("Kaya").email("\u0130lker@example.com").city("Izmir").build(),
        PatronFields.builder().firstName("Emile").lastName("Zola").email("e\u0301mile@example.com").city("Paris").build());

    ImportReport report = libib.patronImport().apply(libib.patronImport().plan(rows));

    assertThat(report.rows()).extracting(ImportedRow::outcome).containsExactly(Outcome.UPDATED, Outcome.UPDATED);
    assertThat(sandbox.libib().patrons()).extracting(Patron::city).containsExactly("Izmir", "Paris");
    assertThat(libib.patronImport().plan(rows).writes()).isZero();
  }

  @Test
  void aBarcodeWithSpacesAroundIsImported() {
    ImportReport report = libib.patronImport().apply(libib.patronImport().plan(List.of(
        PatronFields.builder().barcode(" 99999 ").firstName("Ada").lastName("Byron").build())));

    assertThat(report.rows()).singleElement().satisfies(row -> {
      assertThat(row.outcome()).isEqualTo(Outcome.CREATED);
      assertThat(row.barcode()).isEqualTo("99999");
    });
  }

  /** The import's convergence property, over 40 seeded rosters of about 35 rows against a library of about 15. */
  @Test
  @Timeout(300) // about 1,000 requests: seconds on a quiet machine, longer on a busy one
  void planApplyPlanAgainPlansNothingAndEveryOutcomeIsWhatLibibHolds() {
    List<String> reasons = new ArrayList<>();
    for (long seed = 1; seed <= 40; seed++) {
      sandbox.libib().clearPatrons();
      Random random = new Random(seed);
      List<Patron> library = seedLibrary(random);
      List<PatronFields> rows = roster(random, library);
      int writesBefore = sandbox.libib().writes().size();

      PatronImport members = libib.patronImport();
      ImportPlan plan = members.plan(rows);
      ImportReport report = members.apply(plan);
      ImportPlan again = members.plan(rows);

      plan.rows().stream().map(PlannedRow::reason).filter(java.util.Objects::nonNull).forEach(reasons::add);
      String context = "seed " + seed + ", rows " + rows + ", plan " + plan.rows() + ", again " + again.rows();
      assertThat(again.writes()).as(context).isZero();
      assertThat(report.counts()).as(context).containsEntry(Outcome.FAILED, 0).containsEntry(Outcome.OUTCOME_UNKNOWN, 0);
      List<RecordedRequest> writes = sandbox.libib().writes().subList(writesBefore, sandbox.libib().writes().size());
      assertThat(writes).as(context).hasSize(plan.writes()).allMatch(RecordedRequest::succeeded);
      List<String> written = report.rows().stream()
          .filter(r -> r.outcome() == Outcome.CREATED || r.outcome() == Outcome.UPDATED).map(ImportedRow::barcode).toList();
      assertThat(written).as("no patron written by two rows; " + context).doesNotHaveDuplicates();
      Map<String, Patron> held = sandbox.libib().patrons().stream()
          .collect(Collectors.toMap(Patron::barcode, Function.identity()));
      for (ImportedRow row : report.rows()) {
        if (row.outcome() == Outcome.CREATED || row.outcome() == Outcome.UPDATED || row.outcome() == Outcome.UNCHANGED) {
          Patron patron = held.get(row.barcode());
          assertThat(patron).as("row %d; %s", row.rowNumber(), context).isNotNull();
          assertThat(differences(rows.get(row.rowNumber() - 1), patron)).as("row %d; %s", row.rowNumber(), context)
              .isEmpty();
        }
      }
    }
    for (String rule : List.of("same patron as row", "would change the patron's email", "matched by its fields",
        "same email as row", "same barcode as row", "belongs to the patron", "no barcode or email", "5 to 15 digits")) {
      assertThat(reasons).as("the generator exercises '%s'", rule).anyMatch(reason -> reason.contains(rule));
    }
  }

  // ------------------------------------------------------------------ the generator

  private static final String[] FIRST = {"Ada", "Grace", "Alan", "Emile", "Ilker", "Zoe", "Omar", "Linda"};
  private static final String[] LAST = {"Byron", "Hopper", "Turing", "Zola", "Kaya", "Ng", "Nasr", "Ho"};
  private static final String[] LOCAL = {"ada", "grace", "alan", "\u00e9mile", "ilker", "zo\u00eb", "omar", "linda",
      "ren\u00e9e", "stra\u00dfe"};

  private List<Patron> seedLibrary(Random random) {
    List<PatronFields> patrons = new ArrayList<>();
    int size = 10 + random.nextInt(10);
    for (int i = 0; i < size; i++) {
      PatronFields.Builder patron = PatronFields.builder().firstName(pick(random, FIRST)).lastName(pick(random, LAST));
      if (random.nextInt(5) > 0) {
        patron.email(LOCAL[i % LOCAL.length] + i + "@example.com");
      }
      if (random.nextInt(3) == 0) {
        patron.city(pick(random, new String[] {"Paris", "Izmir", "Augusta"}));
      }
      patrons.add(patron.build());
    }
    return sandbox.libib().addPatrons(patrons.toArray(PatronFields[]::new));
  }

  private static List<PatronFields> roster(Random random, List<Patron> library) {
    List<PatronFields> rows = new ArrayList<>();
    int size = 25 + random.nextInt(20);
    for (int i = 0; i < size; i++) {
      Patron someone = library.get(random.nextInt(library.size()));
      PatronFields.Builder row = PatronFields.builder();
      switch (random.nextInt(9)) {
        case 0, 1 -> { // an existing patron by barcode, perhaps with a new name or a new email
          row.barcode(spaced(random, someone.barcode())).firstName(spaced(random, pick(random, FIRST)));
          Patron other = library.get(random.nextInt(library.size()));
          switch (random.nextInt(4)) {
            case 0 -> row.email(someone.email() == null ? "" : variant(random, someone.email()));
            case 1 -> row.email(other.email() == null ? "" : variant(random, other.email())); // someone else's
            case 2 -> row.email("moved" + random.nextInt(20) + "@example.com");
            default -> { }
          }
        }
        case 2, 3 -> { // an existing patron by email in another case or Unicode form
          if (someone.email() == null) {
            row.firstName(someone.firstName()).lastName(someone.lastName());
          } else {
            row.email(spaced(random, variant(random, someone.email()))).lastName(pick(random, LAST));
          }
        }
        case 4 -> { // a new person, perhaps with a barcode of their own
          row.firstName(pick(random, FIRST)).lastName(spaced(random, pick(random, LAST)))
              .email(variant(random, "new" + random.nextInt(15) + "@example.com"));
          if (random.nextInt(3) == 0) {
            row.barcode(String.valueOf(10_000 + random.nextInt(50)));
          }
        }
        case 5 -> { // neither barcode nor email
          row.firstName(pick(random, FIRST)).lastName(pick(random, LAST));
          if (random.nextBoolean()) {
            row.city(spaced(random, "Paris"));
          }
        }
        case 6 -> { // a repeat of an earlier row, keys in another form
          if (rows.isEmpty()) {
            row.firstName("Only").lastName("Row");
          } else {
            Map<String, String> earlier = rows.get(random.nextInt(rows.size())).asMap();
            if (earlier.containsKey("email")) {
              row.email(variant(random, earlier.get("email")));
            }
            if (earlier.containsKey("barcode") && random.nextBoolean()) {
              row.barcode(" " + earlier.get("barcode").strip());
            }
            row.firstName(pick(random, FIRST)).lastName(pick(random, LAST));
          }
        }
        case 7 -> // the state of a US patron, either case
          row.email(variant(random, someone.email() == null ? "x@example.com" : someone.email()))
              .state(random.nextBoolean() ? "ks" : "KS");
        default -> // Libib's rules: a bad barcode or state is rejected
          row.firstName("Bad").lastName("Row").barcode(random.nextBoolean() ? "12" : "abc").state("Kansas");
      }
      rows.add(row.build());
    }
    return rows;
  }

  /** The email in another case or Unicode form. */
  private static String variant(Random random, String email) {
    return switch (random.nextInt(4)) {
      case 0 -> email.toUpperCase(Locale.ROOT);
      case 1 -> Normalizer.normalize(email, Normalizer.Form.NFD);
      case 2 -> email.replace('i', '\u0130');
      default -> email;
    };
  }

  private static String spaced(Random random, String value) {
    return random.nextInt(3) == 0 ? "  " + value + " " : value;
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  /** The row's fields the patron does not hold, compared as the import compares them. */
  private static Set<String> differences(PatronFields row, Patron patron) {
    Set<String> differ = new HashSet<>();
    row.asMap().forEach((name, value) -> {
      String wanted = value.strip();
      String held = switch (name) {
        case "barcode" -> patron.barcode();
        case "first_name" -> patron.firstName();
        case "last_name" -> patron.lastName();
        case "email" -> patron.email();
        case "city" -> patron.city();
        case "state" -> patron.state();
        default -> throw new IllegalStateException(name);
      };
      boolean same = name.equals("email") ? PatronEmail.same(wanted, held)
          : name.equals("state") ? wanted.equalsIgnoreCase(held) : wanted.equals(held == null ? "" : held.strip());
      if (!same) {
        differ.add(name);
      }
    });
    return differ;
  }
}
