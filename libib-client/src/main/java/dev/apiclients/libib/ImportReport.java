package dev.apiclients.libib;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link PatronImport} did: every row with its outcome, barcode and error, plus counts.
 *
 * @param rows one row per planned row, in input order
 */
public record ImportReport(List<ImportedRow> rows) {

  /**
   * Copies the rows.
   *
   * @throws IllegalArgumentException if the list or a row is null
   */
  public ImportReport {
    if (rows == null || rows.contains(null)) {
      throw new IllegalArgumentException("rows must not be null nor hold null");
    }
    rows = List.copyOf(rows);
  }

  /** How many rows had the given outcome. */
  public int count(ImportedRow.Outcome outcome) {
    return (int) rows.stream().filter(row -> row.outcome() == outcome).count();
  }

  /** The number of rows per outcome, every outcome present (zero when none). */
  public Map<ImportedRow.Outcome, Integer> counts() {
    Map<ImportedRow.Outcome, Integer> counts = new EnumMap<>(ImportedRow.Outcome.class);
    for (ImportedRow.Outcome outcome : ImportedRow.Outcome.values()) {
      counts.put(outcome, count(outcome));
    }
    return counts;
  }

  /**
   * Whether a re-run is worth it: some row failed, has an unknown outcome or was not attempted.
   * Rejected rows need their input fixed first.
   */
  public boolean needsRerun() {
    return count(ImportedRow.Outcome.FAILED) + count(ImportedRow.Outcome.OUTCOME_UNKNOWN)
        + count(ImportedRow.Outcome.NOT_ATTEMPTED) > 0;
  }

  /**
   * The rows whose outcome is unknown and that have neither barcode nor email: a re-run cannot find
   * their patron by a key (only by equal fields, which a namesake may share), so check Libib for
   * them before running the import again.
   */
  public List<ImportedRow> unrecognisable() {
    return rows.stream().filter(row -> row.outcome() == ImportedRow.Outcome.OUTCOME_UNKNOWN && !row.hasKey()).toList();
  }
}
