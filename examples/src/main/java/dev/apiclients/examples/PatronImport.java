package dev.apiclients.examples;

import dev.apiclients.libib.ImportPlan;
import dev.apiclients.libib.ImportProgress;
import dev.apiclients.libib.ImportReport;
import dev.apiclients.libib.ImportedRow;
import dev.apiclients.libib.LibibClient;
import dev.apiclients.libib.PatronFields;
import dev.apiclients.libib.PlannedRow;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Imports a roster CSV into Libib's patrons: prints the plan (create, update, unchanged, rejected),
 * applies it with a progress bar unless {@code --dry-run}, and writes the report as CSV. Run it
 * again after an interruption: it creates nothing twice. Usage: {@code PatronImport [--dry-run]
 * [roster.csv] [report.csv]}; the default roster is the sample ({@link RosterCsv#SAMPLE}), the
 * default report {@code target/patron-import-report.csv}. The sample is only ever imported into the
 * sandbox: with real credentials and no roster named, it is a dry run.
 */
public final class PatronImport {

  /** The report's columns. */
  public static final List<String> REPORT_HEADER =
      List.of("row", "outcome", "barcode", "email", "first_name", "last_name", "fields", "message");

  private PatronImport() {}

  /** Runs the import; see the class comment for the arguments. */
  public static void main(String[] args) {
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    boolean dryRun = rest.remove("--dry-run");
    Path roster = rest.isEmpty() ? null : Path.of(rest.get(0));
    Path report = Path.of(rest.size() > 1 ? rest.get(1) : "target/patron-import-report.csv");
    try (Target target = Target.fromEnvironment(System.getenv(), System.out)) {
      run(target, dryRun, roster, report, System.out, System.err, System.console() != null);
    }
  }

  /**
   * Plans the roster against the target, then applies it unless {@code dryRun}; writes the report.
   *
   * @param roster the roster CSV, or null for the sample
   * @param console whether {@code err} is a terminal: a redrawn bar, else a line every 10 rows
   * @return the report, or null for a dry run (the plan is written instead)
   */
  public static ImportReport run(Target target, boolean dryRun, Path roster, Path report, PrintStream out,
      PrintStream err, boolean console) {
    out.println("== Libib: import patrons from " + (roster == null ? "the sample roster" : roster) + " ==");
    List<PatronFields> rows = roster == null ? RosterCsv.readSample() : RosterCsv.read(roster);
    if (roster == null && !target.isSandbox() && !dryRun) {
      out.println("The sample roster is only imported into the sandbox: this is a dry run.");
      dryRun = true;
    }
    try (LibibClient libib = LibibClient.builder().baseUrl(target.libibBaseUrl()).apiKey(target.libibApiKey())
        .apiUser(target.libibApiUser()).requestInterval(target.libibInterval()).build()) {
      dev.apiclients.libib.PatronImport members = dev.apiclients.libib.PatronImport.of(libib);
      ImportPlan plan = members.plan(rows);
      out.printf("Plan for %d rows: %d to create, %d to update, %d unchanged, %d rejected (%d writes, about %s)%n",
          plan.rows().size(), plan.count(PlannedRow.Action.CREATE), plan.count(PlannedRow.Action.UPDATE),
          plan.count(PlannedRow.Action.UNCHANGED), plan.count(PlannedRow.Action.REJECTED), plan.writes(),
          duration(libib.currentWriteInterval().multipliedBy(plan.writes())));
      new Table<PlannedRow>().column("row", PlannedRow::rowNumber).column("action", PlannedRow::action)
          .column("barcode", PlannedRow::barcode).column("email", r -> cell(rows, r.rowNumber(), "email"))
          .column("fields", r -> names(r.fields())).column("reason", PlannedRow::reason)
          .print(out, plan.rows().stream().filter(r -> r.action() != PlannedRow.Action.UNCHANGED).toList());
      if (dryRun) {
        write(report, plan.rows().stream().map(r -> line(rows, r.rowNumber(), r.action(), r.barcode(), r.fields(),
            r.reason())).toList());
        out.println("Dry run: nothing was sent. Plan written to " + report.toAbsolutePath());
        return null;
      }
      ImportReport done = members.apply(plan, progress -> bar(err, progress, console));
      out.println("Done: " + done.counts().entrySet().stream().filter(e -> e.getValue() > 0)
          .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '))
          .collect(Collectors.joining(", ")));
      new Table<ImportedRow>().column("row", ImportedRow::rowNumber).column("outcome", ImportedRow::outcome)
          .column("barcode", ImportedRow::barcode).column("email", r -> cell(rows, r.rowNumber(), "email"))
          .column("message", ImportedRow::error)
          .print(out, done.rows().stream().filter(r -> r.outcome() != ImportedRow.Outcome.UNCHANGED).toList());
      write(report, done.rows().stream().map(r -> line(rows, r.rowNumber(), r.outcome(), r.barcode(), r.fields(),
          r.error())).toList());
      out.println("Report written to " + report.toAbsolutePath());
      List<ImportedRow> unrecognisable = done.unrecognisable();
      if (!unrecognisable.isEmpty()) {
        out.println("Check Libib for these rows before running the import again: their outcome is unknown and they"
            + " have no barcode or email, so a re-run can only match them by their fields:");
        new Table<ImportedRow>().column("row", ImportedRow::rowNumber)
            .column("first_name", r -> cell(rows, r.rowNumber(), "first_name"))
            .column("last_name", r -> cell(rows, r.rowNumber(), "last_name")).print(out, unrecognisable);
      } else if (done.needsRerun()) {
        out.println("Some rows failed or were cut off: run the same import again to finish (nothing is created twice).");
      }
      return done;
    }
  }

  private static void bar(PrintStream err, ImportProgress progress, boolean console) {
    String status = progress.done() + "/" + progress.total() + " rows, " + progress.writesLeft() + " writes left, about "
        + duration(progress.estimatedTimeLeft()) + " left";
    if (console) {
      int filled = 30 * progress.done() / Math.max(1, progress.total());
      err.print("\r[" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + status + "   ");
      if (progress.left() == 0) {
        err.println();
      }
    } else if (progress.done() % 10 == 0 || progress.left() == 0) {
      err.println(status);
    }
    err.flush();
  }

  private static String duration(Duration time) {
    long seconds = (time.toMillis() + 999) / 1000;
    return seconds < 120 ? seconds + " s" : seconds < 7200 ? (seconds + 59) / 60 + " min"
        : seconds / 3600 + " h " + (seconds % 3600 + 59) / 60 + " min";
  }

  private static String names(PatronFields fields) {
    return fields == null ? null : String.join(" ", fields.asMap().keySet());
  }

  private static String cell(List<PatronFields> rows, int rowNumber, String name) {
    PatronFields row = rows.get(rowNumber - 1);
    return row == null ? null : row.asMap().get(name);
  }

  private static List<Object> line(List<PatronFields> rows, int n, Object outcome, String barcode,
      PatronFields fields, String message) {
    return Arrays.asList(n, outcome, barcode, cell(rows, n, "email"), cell(rows, n, "first_name"),
        cell(rows, n, "last_name"), names(fields), message);
  }

  private static void write(Path file, List<List<Object>> lines) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        csv.write(Csv.line(REPORT_HEADER) + "\r\n");
        for (List<Object> line : lines) {
          csv.write(Csv.line(line) + "\r\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }
}
