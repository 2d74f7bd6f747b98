package dev.apiclients.libib;

/**
 * What a {@link PatronImport} will do with one input row, decided before anything is written.
 *
 * @param rowNumber the row's position in the input, from 1
 * @param action what will be done
 * @param fields what will be sent: every field of the row for {@link Action#CREATE}, only the fields
 *     that differ from the patron's current values for {@link Action#UPDATE}, {@code null} otherwise
 * @param barcode the barcode of the matched patron (for {@code UPDATE} and {@code UNCHANGED}), the
 *     row's own barcode for a {@code CREATE} that sets one, else {@code null}
 * @param reason why the row is {@code REJECTED}; for a {@code CREATE}, a warning when the row has
 *     neither barcode nor email (a re-run recognises it only by its fields); for an {@code
 *     UNCHANGED} row with neither, which patron its fields matched; else {@code null}
 */
public record PlannedRow(int rowNumber, Action action, PatronFields fields, String barcode, String reason) {

  /** What the import does with a row. */
  public enum Action {
    /** No patron matches the row's barcode or email (or, without either, its fields): it is created. */
    CREATE,
    /** A patron matches and some fields differ: only those are sent, by barcode. */
    UPDATE,
    /** A patron matches and every field set in the row already has that value: nothing is sent. */
    UNCHANGED,
    /** The row breaks one of Libib's rules, repeats an earlier row or contradicts the library. */
    REJECTED
  }

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if the row number is below 1, the action is null, a write has
   *     no fields, an update no barcode or a rejection no reason
   */
  public PlannedRow {
    if (rowNumber < 1) {
      throw new IllegalArgumentException("rowNumber must be 1 or more, was " + rowNumber);
    }
    if (action == null) {
      throw new IllegalArgumentException("action must not be null");
    }
    if ((action == Action.CREATE || action == Action.UPDATE) && (fields == null || fields.isEmpty())) {
      throw new IllegalArgumentException(action + " needs the fields to send");
    }
    if (action == Action.UPDATE && (barcode == null || barcode.isBlank())) {
      throw new IllegalArgumentException("UPDATE needs the barcode of the patron to update");
    }
    if (action == Action.REJECTED && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("REJECTED needs a reason");
    }
  }

  /** Whether applying this row sends a request (a create or an update). */
  public boolean isWrite() {
    return action == Action.CREATE || action == Action.UPDATE;
  }
}
