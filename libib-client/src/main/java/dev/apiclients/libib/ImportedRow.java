package dev.apiclients.libib;

/**
 * What a {@link PatronImport} did with one row.
 *
 * @param rowNumber the row's position in the input, from 1
 * @param outcome what happened
 * @param barcode the patron's barcode: the one Libib assigned for {@link Outcome#CREATED}, the
 *     matched patron's otherwise; {@code null} when unknown
 * @param fields what was sent (or would have been), as in {@link PlannedRow#fields()}
 * @param error why the row failed, was rejected or has an unknown outcome; a note for a write that
 *     succeeded but whose answer could not be read; else {@code null}
 */
public record ImportedRow(int rowNumber, Outcome outcome, String barcode, PatronFields fields, String error) {

  /** What happened to a row. */
  public enum Outcome {
    /** The patron was created; {@link #barcode()} is the one Libib assigned. */
    CREATED,
    /** The differing fields were sent and accepted. */
    UPDATED,
    /** Nothing differed: nothing was sent. */
    UNCHANGED,
    /** The plan rejected the row: nothing was sent. */
    REJECTED,
    /** Libib refused the write, or it could not be sent: nothing changed. */
    FAILED,
    /**
     * The connection was lost after the write was sent: Libib may or may not have acted. A re-run
     * finds a created patron by email (or barcode) and creates nothing twice; a row with neither
     * cannot be recognised, and a re-run may create it a second time.
     */
    OUTCOME_UNKNOWN,
    /** The import was interrupted (thread interrupt) before this row: nothing was sent. */
    NOT_ATTEMPTED
  }

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if the row number is below 1 or the outcome is null
   */
  public ImportedRow {
    if (rowNumber < 1) {
      throw new IllegalArgumentException("rowNumber must be 1 or more, was " + rowNumber);
    }
    if (outcome == null) {
      throw new IllegalArgumentException("outcome must not be null");
    }
  }
}
