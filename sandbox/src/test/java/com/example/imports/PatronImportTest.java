package com.example.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.libib.ImportPlan;
import dev.apiclients.libib.ImportProgress;
import dev.apiclients.libib.ImportReport;
import dev.apiclients.libib.ImportedRow;
import dev.apiclients.libib.ImportedRow.Outcome;
import dev.apiclients.libib.LibibClient;
import dev.apiclients.libib.Patron;
import dev.apiclients.libib.PatronFields;
import dev.apiclients.libib.PatronImport;
import dev.apiclients.libib.PlannedRow;
import dev.apiclients.libib.PlannedRow.Action;
import dev.apiclients.sandbox.LibibSandboxExtension;
import dev.apiclients.sandbox.RecordedRequest;
import dev.apiclients.sandbox.Sandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The patron import against the sandbox, as a user would test it: a client paced as on Libib (2 s)
 * on a fake clock, so nothing sleeps, and the roster of the issue (200 rows: 40 new, 60 changed, 90
 * unchanged, 10 invalid).
 */
class PatronImportTest {

  @RegisterExtension static LibibSandboxExtension extension = new LibibSandboxExtension();

  private final FakeTime time = new FakeTime();
  private Sandbox sandbox;
  private LibibClient libib;

  @BeforeEach
  void seedTheLibrary() {
    sandbox = extension.sandbox();
    libib = pacedClient(sandbox);
    Roster.seed(sandbox);
  }

  private LibibClient pacedClient(Sandbox target) {
    return LibibClient.builder().baseUrl(target.libibBaseUrl()).apiKey(Sandbox.LIBIB_API_KEY)
        .apiUser(Sandbox.LIBIB_API_USER).clock(time).sleeper(time).build();
  }

  @Test
  void theRosterPlansExactlyAndADryRunSendsNoWrite() {
    ImportPlan plan = libib.patronImport().plan(Roster.rows());

    assertThat(plan.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
        Action.CREATE, 40, Action.UPDATE, 60, Action.UNCHANGED, 90, Action.REJECTED, 10));
    assertThat(plan.rows()).filteredOn(r -> r.action() == Action.REJECTED)
        .allSatisfy(r -> assertThat(r.reason()).isNotBlank());
    assertThat(sandbox.libib().writes()).isEmpty();
    assertThat(sandbox.libib().requests()).extracting(RecordedRequest::method).containsOnly("GET").hasSize(3);
  }

  @Test
  void applyingSendsFortyCreatesAndSixtyUpdatesOfOnlyTheChangedFieldsPaced() {
    List<ImportProgress> progress = new ArrayList<>();
    PatronImport members = PatronImport.of(libib);
    ImportReport report = members.apply(members.plan(Roster.rows()), progress::add);

    List<RecordedRequest> writes = sandbox.libib().writes();
    assertThat(writes).allMatch(RecordedRequest::succeeded);
    assertThat(writes).filteredOn(w -> w.path().equals("/patrons")).hasSize(40);
    List<RecordedRequest> updates = writes.stream().filter(w -> !w.path().equals("/patrons")).toList();
    assertThat(updates).hasSize(60);
    Map<String, Patron> byBarcode = sandbox.libib().patrons().stream()
        .collect(Collectors.toMap(Patron::barcode, Function.identity()));
    assertThat(updates).allSatisfy(update -> assertThat(update.query())
        .isEqualTo(Roster.changesOf(byBarcode.get(update.path().substring("/patrons/".length())).email())));
    assertThat(report.counts()).containsAllEntriesOf(Map.of(Outcome.CREATED, 40, Outcome.UPDATED, 60,
        Outcome.UNCHANGED, 90, Outcome.REJECTED, 10, Outcome.FAILED, 0, Outcome.OUTCOME_UNKNOWN, 0));
    assertThat(report.rows()).filteredOn(r -> r.outcome() == Outcome.CREATED)
        .allSatisfy(r -> assertThat(byBarcode).containsKey(r.barcode()));
    assertThat(progress).hasSize(200);
    assertThat(progress.get(0).estimatedTimeLeft()).isBetween(Duration.ofSeconds(3 * 99), Duration.ofSeconds(3 * 100)); // 3 s a write
    assertThat(progress.get(199)).isEqualTo(new ImportProgress(200, 0, 0, Duration.ZERO));
    assertThat(time.totalSlept()).isGreaterThanOrEqualTo(Duration.ofSeconds(2 * 102));
  }

  @Test
  void anImportInterruptedAfterSeventyWritesAndRunAgainEndsAsAnUninterruptedOne() {
    PatronImport members = PatronImport.of(libib);
    assertThatThrownBy(() -> members.apply(members.plan(Roster.rows()), p -> {
      if (sandbox.libib().writes().size() == 70) {
        throw new IllegalStateException("Ctrl-C");
      }
    })).hasMessage("Ctrl-C");

    ImportPlan rerun = members.plan(Roster.rows());
    assertThat(rerun.writes()).isEqualTo(30);
    ImportReport report = members.apply(rerun);

    assertThat(report.needsRerun()).isFalse();
    assertThat(sandbox.libib().writes()).hasSize(100).allMatch(RecordedRequest::succeeded);
    List<Patron> interrupted = sandbox.libib().patrons();
    try (Sandbox fresh = Sandbox.start()) {
      Roster.seed(fresh);
      PatronImport uninterrupted = PatronImport.of(pacedClient(fresh));
      uninterrupted.apply(uninterrupted.plan(Roster.rows()));
      assertThat(byEmailWithoutBarcode(interrupted)).isEqualTo(byEmailWithoutBarcode(fresh.libib().patrons()));
    }
    assertThat(interrupted).hasSize(190);
  }

  @Test
  void aCreateAnsweredByAResetIsUnknownAndTheRerunResolvesIt() {
    List<PatronFields> rows = List.of(Roster.person("ada"), Roster.person("grace"), Roster.person("alan"));
    PatronImport members = PatronImport.of(libib);
    ImportPlan plan = members.plan(rows);
    sandbox.libib().resetNthRequest(1);
    sandbox.libib().resetNthRequest(2);

    ImportReport first = members.apply(plan);

    assertThat(first.rows()).extracting(ImportedRow::outcome)
        .containsExactly(Outcome.OUTCOME_UNKNOWN, Outcome.OUTCOME_UNKNOWN, Outcome.CREATED);
    assertThat(first.rows().get(0).error()).contains("finds it by email").contains("creates it only if not");
    assertThat(first.needsRerun()).isTrue();
    sandbox.libib().addPatrons(rows.get(1));                 // Libib did create grace before the reset

    ImportPlan second = members.plan(rows);
    assertThat(second.rows()).extracting(PlannedRow::action)
        .containsExactly(Action.CREATE, Action.UNCHANGED, Action.UNCHANGED);
    assertThat(members.apply(second).rows()).extracting(ImportedRow::outcome)
        .containsExactly(Outcome.CREATED, Outcome.UNCHANGED, Outcome.UNCHANGED);
    assertThat(sandbox.libib().patrons()).extracting(Patron::email)
        .containsOnlyOnce("ada@example.org", "grace@example.org", "alan@example.org");
  }

  @Test
  void aRefusedWriteIsRecordedAndTheImportGoesOnAndA5xxIsUnknown() {
    List<PatronFields> rows = List.of(Roster.person("ada"), Roster.person("grace"), Roster.person("alan"));
    PatronImport members = PatronImport.of(libib);
    ImportPlan plan = members.plan(rows);
    sandbox.libib().failNthRequest(1, 400);
    sandbox.libib().failNthRequest(2, 503);

    ImportReport report = members.apply(plan);

    assertThat(report.rows()).extracting(ImportedRow::outcome)
        .containsExactly(Outcome.FAILED, Outcome.OUTCOME_UNKNOWN, Outcome.CREATED);
    assertThat(report.rows().get(0).error()).contains("400");
    assertThat(report.rows().get(1).error()).contains("503").contains("finds it by email");
    assertThat(report.rows().get(2).barcode()).matches("\\d{13}");
    assertThat(report.unrecognisable()).isEmpty();
  }

  @Test
  void aThreadInterruptStopsBeforeTheNextWrite() {
    List<PatronFields> rows = List.of(Roster.person("ada"), Roster.person("grace"), Roster.person("member1"),
        Roster.person("alan"));
    PatronImport members = PatronImport.of(libib);
    ImportReport report;
    try {
      report = members.apply(members.plan(rows), p -> Thread.currentThread().interrupt());
    } finally {
      assertThat(Thread.interrupted()).isTrue();
    }

    assertThat(report.rows()).extracting(ImportedRow::outcome)
        .containsExactly(Outcome.CREATED, Outcome.NOT_ATTEMPTED, Outcome.UNCHANGED, Outcome.NOT_ATTEMPTED);
    assertThat(report.needsRerun()).isTrue();
    assertThat(sandbox.libib().writes()).hasSize(1);
  }

  private static Map<String, Patron> byEmailWithoutBarcode(List<Patron> patrons) {
    return patrons.stream().collect(Collectors.toMap(p -> p.email().toLowerCase(), p -> new Patron(null,
        p.firstName(), p.lastName(), p.email(), p.notificationEmails(), p.tags(), p.patronId(), p.phone(),
        p.address1(), p.address2(), p.city(), p.state(), p.country(), p.zip(), p.freeze())));
  }
}
