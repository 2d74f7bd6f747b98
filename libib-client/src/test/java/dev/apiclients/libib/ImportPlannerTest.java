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
    assertThat(rows.get(1).reason()).contains("no barcode or email").contains("creates it again");
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
