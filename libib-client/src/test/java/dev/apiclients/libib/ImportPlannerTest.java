package dev.apiclients.libib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apiclients.libib.PlannedRow.Action;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The import's plan, computed without any request from a library and rows. */
class ImportPlannerTest {

  private static final Patron MARY = new Patron("2020000000013", "Mary", "Shelley", "Mary@Example.com", null,
      null, "mshelley", "555-1234", null, "", "Augusta", "KS", "US", null, false);
  private static final Patron OMAR = new Patron("2020000000020", "Omar", "Nasr", "omar@example.com", "a@example.com, b@example.com",
      null, null, null, null, null, null, null, "FR", null, true);
  private static final List<Patron> LIBRARY = List.of(MARY, OMAR);

  private static PatronFields.Builder mary() {
    return PatronFields.builder().firstName("Mary").lastName("Shelley").email("mary@example.com");
  }

  private static PlannedRow only(PatronFields row) {
    return ImportPlanner.plan(LIBRARY, List.of(row)).rows().get(0);
  }

  @Test
  void aRowMatchingByEmailIgnoringCaseWithNothingNewIsUnchanged() {
    PlannedRow row = only(mary().phone(" 555-1234 ").city("Augusta").state("ks").address2("").freeze(false).build());

    assertThat(row).isEqualTo(new PlannedRow(1, Action.UNCHANGED, null, "2020000000013", null));
  }

  @Test
  void anUpdateSendsOnlyTheFieldsThatDifferByBarcode() {
    PlannedRow row = only(mary().phone("555-9999").city("Augusta").tags("new").password("secret-pass").build());

    assertThat(row.action()).isEqualTo(Action.UPDATE);
    assertThat(row.barcode()).isEqualTo("2020000000013");
    assertThat(row.fields().asMap()).containsExactly(Map.entry("phone", "555-9999"), Map.entry("tags", "new"));
  }

  @Test
  void aBarcodeWinsOverTheEmailAndAnEmailChangeIsAnUpdate() {
    PlannedRow row = only(PatronFields.builder().barcode("2020000000013").email("mary.new@example.com").build());

    assertThat(row.action()).isEqualTo(Action.UPDATE);
    assertThat(row.fields().asMap()).containsExactly(Map.entry("email", "mary.new@example.com"));
  }

  @Test
  void freezeAndEmailListsCompareByMeaning() {
    PatronFields same = PatronFields.builder().email("omar@example.com").freeze(true)
        .notificationEmails("A@example.com,b@example.com").build();
    PatronFields thawed = PatronFields.builder().email("omar@example.com").freeze(false).build();

    assertThat(only(same).action()).isEqualTo(Action.UNCHANGED);
    assertThat(only(thawed).fields().asMap()).containsExactly(Map.entry("freeze", "0"));
  }

  @Test
  void unknownEmailsAndRowsWithoutKeysAreCreatedAndTheLatterWarned() {
    PatronFields ada = PatronFields.builder().firstName("Ada").lastName("Lovelace").email("ada@example.com").build();
    PatronFields anonymous = PatronFields.builder().firstName("No").lastName("Email").build();
    List<PlannedRow> rows = ImportPlanner.plan(LIBRARY, List.of(ada, anonymous)).rows();

    assertThat(rows.get(0)).isEqualTo(new PlannedRow(1, Action.CREATE, ada, null, null));
    assertThat(rows.get(1).action()).isEqualTo(Action.CREATE);
    assertThat(rows.get(1).reason()).contains("no barcode or email").contains("only by its fields");
  }

  @Test
  void anUnknownBarcodeIsCreatedWithItUnlessTheEmailBelongsToSomeoneElse() {
    PatronFields fresh = PatronFields.builder().barcode("12345678").firstName("Ada").lastName("L").build();
    PatronFields clash = mary().barcode("12345678").build();

    assertThat(only(fresh)).isEqualTo(new PlannedRow(1, Action.CREATE, fresh, "12345678", null));
    assertThat(only(clash).action()).isEqualTo(Action.REJECTED);
    assertThat(only(clash).reason()).contains("belongs to the patron with barcode 2020000000013")
        .contains("matches no patron");
    PatronFields taken = PatronFields.builder().barcode("2020000000020").email("mary@example.com").build();
    assertThat(only(taken).reason()).contains("not to the row's barcode");
  }

  @Test
  void libibsRulesRejectWithTheReason() {
    assertThat(only(PatronFields.builder().firstName("Ada").email("ada@example.com").build()).reason())
        .contains("lastName is required");
    assertThat(only(PatronFields.builder().firstName("A").lastName("B").barcode("12").build()).reason())
        .contains("5 to 15 digits");
    assertThat(only(mary().lastName("").build()).reason()).contains("cannot be emptied");
    assertThat(only(mary().state("Kansas").build()).reason()).contains("2-letter");
    assertThat(only(PatronFields.builder().email("omar@example.com").state("Ile-de-France").build()).action())
        .isEqualTo(Action.UPDATE);
    assertThat(only(PatronFields.builder().build()).reason()).contains("no field");
  }

  @Test
  void theSecondRowWithTheSameEmailOrBarcodeIsRejected() {
    List<PlannedRow> rows = ImportPlanner.plan(LIBRARY, Arrays.asList(
        mary().phone("1").build(), mary().email("MARY@example.com").phone("2").build(),
        PatronFields.builder().barcode("2020000000020").build(),
        PatronFields.builder().barcode("2020000000020").city("Paris").build(), null)).rows();

    assertThat(rows).extracting(PlannedRow::action)
        .containsExactly(Action.UPDATE, Action.REJECTED, Action.UNCHANGED, Action.REJECTED, Action.REJECTED);
    assertThat(rows.get(1).reason()).contains("same email as row 1");
    assertThat(rows.get(3).reason()).isEqualTo("same barcode as row 3");
  }

  @Test
  void thePlanCountsActionsAndWrites() {
    ImportPlan plan = ImportPlanner.plan(LIBRARY, List.of(mary().phone("1").build(), mary().email("x@example.com").build(),
        PatronFields.builder().email("omar@example.com").build()));

    assertThat(plan.counts()).containsEntry(Action.UPDATE, 1).containsEntry(Action.CREATE, 1)
        .containsEntry(Action.UNCHANGED, 1).containsEntry(Action.REJECTED, 0);
    assertThat(plan.writes()).isEqualTo(2);
  }

  /** Carol moves from old@ to new@ by barcode; Dave has old@. Carol stays Carol. */
  @Test
  void aRowResolvingToAPatronAnotherRowHoldsIsRejectedAndNamesThatRow() {
    Patron carol = new Patron("2020000000037", "Carol", "Cole", "old@example.com", null, null, null, null, null,
        null, null, null, "US", null, false);
    List<PlannedRow> rows = ImportPlanner.plan(List.of(carol), List.of(
        PatronFields.builder().barcode("2020000000037").firstName("Carol").email("new@example.com").build(),
        PatronFields.builder().firstName("Dave").lastName("Dunn").email("old@example.com").build())).rows();

    assertThat(rows).extracting(PlannedRow::action).containsExactly(Action.REJECTED, Action.REJECTED);
    assertThat(rows.get(1).reason()).contains("same patron as row 1").contains("2020000000037");
    assertThat(rows.get(0).reason()).contains("row 2 names old@example.com");
    assertThat(rows).noneMatch(PlannedRow::isWrite);
  }

  /** One patron named by barcode in one row and by email (other case) in another. */
  @Test
  void onePatronNamedTwoWaysIsWrittenByTheFirstRowOnlyInEitherOrder() {
    PatronFields byBarcode = PatronFields.builder().barcode("2020000000013").firstName("Bob").build();
    PatronFields byEmail = PatronFields.builder().email("MARY@EXAMPLE.COM").firstName("Alicia").build();

    List<PlannedRow> rows = ImportPlanner.plan(LIBRARY, List.of(byBarcode, byEmail)).rows();
    List<PlannedRow> reversed = ImportPlanner.plan(LIBRARY, List.of(byEmail, byBarcode)).rows();

    assertThat(rows).extracting(PlannedRow::action).containsExactly(Action.UPDATE, Action.REJECTED);
    assertThat(rows.get(1).reason()).contains("same patron as row 1");
    assertThat(reversed).extracting(PlannedRow::action).containsExactly(Action.UPDATE, Action.REJECTED);
    Patron bob = new Patron("2020000000013", "Bob", "Shelley", "Mary@Example.com", null, null, "mshelley",
        "555-1234", null, "", "Augusta", "KS", "US", null, false);
    assertThat(ImportPlanner.plan(List.of(bob, OMAR), List.of(byBarcode, byEmail)).writes()).isZero();
  }

  /** One rule for "the same email", in the index, the duplicate check and same(). */
  @Test
  void emailsAreTheSameIgnoringCaseInEveryLocaleAndUnicodeForm() {
    String nfc = "\u00e9mile@example.com";
    String nfd = "e\u0301mile@example.com";
    Patron emile = new Patron("2020000000044", "Emile", "Zola", nfc, null, null, null, null, null, null, null,
        null, "FR", null, false);
    Patron ilker = new Patron("2020000000051", "Ilker", "Kaya", "ilker@example.com", null, null, null, null, null,
        null, null, null, "TR", null, false);

    List<PlannedRow> rows = ImportPlanner.plan(List.of(emile, ilker), List.of(
        PatronFields.builder().email(nfd).firstName("Emile").build(),
        PatronFields.builder().email("\u0130lker@example.com").lastName("Kaya").build(),
        PatronFields.builder().email("\u00c9MILE@example.com").firstName("Other").lastName("Row").build())).rows();

    assertThat(rows).extracting(PlannedRow::action).containsExactly(Action.UNCHANGED, Action.UNCHANGED, Action.REJECTED);
    assertThat(rows.get(2).reason()).contains("same email as row 1");
    assertThat(PatronEmail.same(nfc, nfd)).isTrue();
    assertThat(PatronEmail.same("\u0130lker@x.org", "ilker@x.org")).isTrue();
    assertThat(PatronEmail.same(" A@x.org", "a@x.org ")).isTrue();
    assertThat(PatronEmail.same("a@x.org", "b@x.org")).isFalse();
    assertThat(PatronEmail.same(null, "")).isTrue();
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
      assertThat(PatronEmail.key("ILKER@x.org")).isEqualTo(PatronEmail.key("ilker@x.org")).isEqualTo("ilker@x.org");
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  /** A barcode is trimmed before it is checked, and sent trimmed. */
  @Test
  void aBarcodeWithSpacesAroundIsValidAndSentTrimmed() {
    PlannedRow row = only(PatronFields.builder().barcode(" 99999 ").firstName(" Ada").lastName("Byron ").build());

    assertThat(row.action()).isEqualTo(Action.CREATE);
    assertThat(row.barcode()).isEqualTo("99999");
    assertThat(row.fields().asMap()).containsExactly(Map.entry("barcode", "99999"), Map.entry("first_name", "Ada"),
        Map.entry("last_name", "Byron"));
    PatronRules.checkCreate(PatronFields.builder().barcode(" 99999 ").firstName("A").lastName("B").build());
  }

  @Test
  void aRowWithoutKeysMatchesAnEqualPatronOnceAndIsCreatedOtherwise() {
    Patron kid = new Patron("2020000000068", "Ann", "Lee", null, null, null, null, null, null, null, null, null,
        "US", null, false);
    PatronFields ann = PatronFields.builder().firstName("Ann").lastName(" Lee").build();

    List<PlannedRow> rows = ImportPlanner.plan(List.of(kid), List.of(ann, ann)).rows();

    assertThat(rows).extracting(PlannedRow::action).containsExactly(Action.UNCHANGED, Action.CREATE);
    assertThat(rows.get(0).barcode()).isEqualTo("2020000000068");
    assertThat(rows.get(0).reason()).contains("matched by its fields");
  }

  @Test
  void recordsRefuseInconsistentValues() {
    assertThatThrownBy(() -> new PlannedRow(0, Action.UNCHANGED, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PlannedRow(1, Action.UPDATE, mary().build(), null, null))
        .hasMessageContaining("barcode");
    assertThatThrownBy(() -> new PlannedRow(1, Action.REJECTED, null, null, " ")).hasMessageContaining("reason");
    assertThatThrownBy(() -> new ImportProgress(1, 2, 3, Duration.ZERO)).hasMessageContaining("writesLeft");
    assertThatThrownBy(() -> new ImportedRow(1, null, null, null, null)).hasMessageContaining("outcome");
  }
}
