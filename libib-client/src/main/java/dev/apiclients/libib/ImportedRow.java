package dev.apiclients.libib;

/**
 * What a {@link PatronImport} did with one row.
 *
 * @param rowNumber the row's position in the input, from 1
 * @param outcome what happened
 * @param barcode the patron's barcode: the one Libib assigned for {@link Outcome#CREATED}, the
 *     matched patron's otherwise; {@code null} when unknown
 * @param fields what was sent (or would have been), as in {@link PlannedRow#fields()}
 * @param error why the row failed, was rejected or has an unknown outcome, and what a re-run does
 *     about it; for an unchanged row with neither barcode nor email, the patron its fields matched;
 *     else {@code null}
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
    /** Libib refused the write (a 4xx), or it could not be sent: nothing changed. */
    FAILED,
    /**
     * Libib may or may not have acted: the connection was lost after the write was sent, Libib
     * answered 5xx, or it answered 2xx with something that is not a patron (an error in a 200, a
     * proxy's login page). A re-run finds a created patron by email or barcode and creates nothing
     * twice; a row with neither is found again only by its fields (see {@link
     * ImportReport#unrecognisable()}).
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

  /**
   * Whether a re-run can find this row's patron by a key: it has a barcode (its own or the matched
   * patron's) or its fields set an email. A row with neither is found again only by its fields.
   */
  public boolean hasKey() {
    return barcode != null && !barcode.isBlank() || fields != null && (fields.hasText("barcode") || fields.hasText("email"));
  }
}
