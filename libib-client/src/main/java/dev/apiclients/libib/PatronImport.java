package dev.apiclients.libib;

import dev.apiclients.http.ApiConnectionException;
import dev.apiclients.http.ApiException;
import dev.apiclients.http.ResponseDecodingException;
import dev.apiclients.http.ServerException;
import dev.apiclients.libib.ImportedRow.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A safe, re-runnable import of patrons (a school's student list, a membership roster): plan first,
 * then apply the plan one paced write at a time.
 *
 * <pre>{@code
 * PatronImport members = PatronImport.of(libib);
 * ImportPlan plan = members.plan(rows);                  // one paced listing, no write: a dry run
 * ImportReport report = members.apply(plan, progress ->
 *     System.err.printf("%d left, about %s%n", progress.left(), progress.estimatedTimeLeft()));
 * }</pre>
 *
 * <p><b>Matching.</b> A row is matched to a patron by its barcode if it sets one, else by its email
 * ({@link PatronEmail}: case and Unicode form ignored). A row whose barcode matches nobody is created
 * with that barcode (Libib allows it; Libib's 5-15 digit rule applies), unless its email belongs to
 * another patron, which rejects it. A patron is written by one row at most: a later row that
 * resolves to a patron an earlier row holds is rejected and names that row; so is a row that would
 * move its patron's email away from an email another row names. A row with neither barcode nor email
 * matches a patron whose every value it sets is already equal (a patron no other row names), or is
 * created.
 *
 * <p><b>Plan.</b> Per row: {@code CREATE}, {@code UPDATE} with only the fields that differ,
 * {@code UNCHANGED}, or {@code REJECTED} with the reason (Libib's rules, a barcode or email already
 * in an earlier row, an email that belongs to another patron). Values compare with surrounding spaces
 * ignored and an empty value equal to none; email, state and country ignore case. A {@code password}
 * is sent on create only (Libib never shows it, so it cannot be compared).
 *
 * <p><b>Apply.</b> Writes go out one at a time at the client's (adaptive) pace; a failing row is
 * recorded and the import goes on; nothing is ever deleted and no write is re-sent by the import
 * (the client re-sends only what Libib refused with 429). A thread interrupt stops the import
 * before the next write: the writes left are {@link Outcome#NOT_ATTEMPTED} (the interrupt flag stays
 * set) and the listener is not called again.
 *
 * <p><b>Re-runs.</b> After a complete apply, planning the same rows again plans no write. After an
 * interruption, plan again and apply: created rows now match and are unchanged, so nothing is
 * created twice and only what still differs is sent. A write whose answer was lost, was a 5xx, or was
 * a 2xx that is not a patron is {@link Outcome#OUTCOME_UNKNOWN}; the re-run finds a created patron by
 * email or barcode, or creates it if it was not made. A row with neither is found again only by its
 * fields: {@link ImportReport#unrecognisable()} lists such rows; check Libib before a re-run.
 */
public final class PatronImport {

  private final LibibClient libib;

  private PatronImport(LibibClient libib) {
    this.libib = libib;
  }

  /**
   * An import into the library of the given client.
   *
   * @param libib the client; its pacing paces the import
   * @throws IllegalArgumentException if it is null
   */
  public static PatronImport of(LibibClient libib) {
    if (libib == null) {
      throw new IllegalArgumentException("libib must not be null");
    }
    return new PatronImport(libib);
  }

  /**
   * Reads every patron once ({@code GET /patrons}, paced, page by page) and plans each row. Sends no
   * write: this is the dry run.
   *
   * @param rows the rows to import, in order (numbered from 1 in the plan); a null row is rejected
   * @return one planned row per input row
   * @throws IllegalArgumentException if {@code rows} is null
   * @throws ApiException if the patrons cannot be read
   */
  public ImportPlan plan(List<PatronFields> rows) {
    if (rows == null) {
      throw new IllegalArgumentException("rows must not be null");
    }
    List<Patron> library;
    try (Stream<Patron> patrons = libib.patrons().streamPatrons()) {
      library = patrons.toList();
    }
    return ImportPlanner.plan(library, new ArrayList<>(rows));
  }

  /**
   * Applies a plan without reporting progress; see {@link #apply(ImportPlan, ImportProgress.Listener)}.
   *
   * @param plan a plan from {@link #plan(List)}
   * @return every row with its outcome
   */
  public ImportReport apply(ImportPlan plan) {
    return apply(plan, ImportProgress.Listener.NONE);
  }

  /**
   * Sends the plan's creates and updates, one at a time and paced, and records what happened to
   * each row. Apply a fresh plan: a plan applied twice creates its rows twice (Libib refuses the
   * second create of an email with an error, recorded as {@link Outcome#FAILED}).
   *
   * @param plan a plan from {@link #plan(List)}
   * @param listener told after each row how many are done and left, and the time left at the
   *     current pace; an unchecked exception it throws stops the import and is rethrown
   * @return every row with its outcome, the barcode (Libib's, for created rows) and the error
   * @throws IllegalArgumentException if plan or listener is null
   */
  public ImportReport apply(ImportPlan plan, ImportProgress.Listener listener) {
    if (plan == null || listener == null) {
      throw new IllegalArgumentException("plan and listener must not be null");
    }
    List<ImportedRow> done = new ArrayList<>();
    int writesLeft = plan.writes();
    boolean interrupted = false;
    for (PlannedRow row : plan.rows()) {
      interrupted = interrupted || row.isWrite() && Thread.currentThread().isInterrupted();
      ImportedRow result = switch (row.action()) {
        case UNCHANGED -> new ImportedRow(row.rowNumber(), Outcome.UNCHANGED, row.barcode(), null, null);
        case REJECTED -> new ImportedRow(row.rowNumber(), Outcome.REJECTED, row.barcode(), null, row.reason());
        case CREATE, UPDATE -> interrupted ? new ImportedRow(row.rowNumber(), Outcome.NOT_ATTEMPTED, row.barcode(),
            row.fields(), "the import was interrupted before this row; nothing was sent") : write(row);
      };
      done.add(result);
      interrupted = interrupted || result.outcome() == Outcome.NOT_ATTEMPTED;
      if (row.isWrite()) {
        writesLeft--;
      }
      if (!interrupted) {
        listener.onProgress(new ImportProgress(done.size(), plan.rows().size() - done.size(), writesLeft,
            libib.currentWriteInterval().multipliedBy(writesLeft)));
      }
    }
    return new ImportReport(done);
  }

  private ImportedRow write(PlannedRow row) {
    boolean create = row.action() == PlannedRow.Action.CREATE;
    try {
      if (create) {
        Patron created = libib.patrons().createPatron(row.fields());
        return new ImportedRow(row.rowNumber(), Outcome.CREATED, created.barcode(), row.fields(), null);
      }
      libib.patrons().updatePatron(row.barcode(), row.fields());
      return new ImportedRow(row.rowNumber(), Outcome.UPDATED, row.barcode(), row.fields(), null);
    } catch (ResponseDecodingException notARecord) {
      return unknown(row, "Libib answered " + status(notARecord) + " but not with a patron (an error sent with a"
          + " success status, or a proxy's login page), so the " + (create ? "create" : "update")
          + " is not proven", notARecord);
    } catch (ServerException serverFailed) {
      return unknown(row, "Libib answered " + serverFailed.status() + " after the " + (create ? "create" : "update")
          + " was sent (a gateway may answer so after the server acted)", serverFailed);
    } catch (ApiConnectionException lost) {
      if (lost.outcomeUnknown()) {
        return unknown(row, "the connection was lost after the " + (create ? "create" : "update") + " was sent", lost);
      }
      Outcome outcome = Thread.currentThread().isInterrupted() ? Outcome.NOT_ATTEMPTED : Outcome.FAILED;
      return new ImportedRow(row.rowNumber(), outcome, row.barcode(), row.fields(), lost.getMessage());
    } catch (ApiException | IllegalArgumentException refused) {
      return new ImportedRow(row.rowNumber(), Outcome.FAILED, row.barcode(), row.fields(), refused.getMessage());
    }
  }

  private static String status(ApiException e) {
    return e.status() > 0 ? "HTTP " + e.status() : "success";
  }

  /** An outcome the import cannot know: what happened, and what a re-run does about it. */
  private static ImportedRow unknown(PlannedRow row, String what, ApiException cause) {
    String next;
    if (row.action() == PlannedRow.Action.UPDATE) {
      next = "Libib may or may not have applied it; running the import again sends it only if the fields still differ";
    } else if (row.fields().hasText("email") || row.fields().hasText("barcode")) {
      next = "Libib may or may not have created the patron; running the import again finds it by "
          + (row.fields().hasText("barcode") ? "barcode" : "email") + " if it exists and creates it only if not";
    } else {
      next = "Libib may or may not have created the patron, and this row has no barcode or email to find it by:"
          + " check Libib before running the import again (a re-run matches it only by its fields)";
    }
    return new ImportedRow(row.rowNumber(), Outcome.OUTCOME_UNKNOWN, row.barcode(), row.fields(),
        what + ": " + next + " (" + cause.getMessage() + ")");
  }
}
