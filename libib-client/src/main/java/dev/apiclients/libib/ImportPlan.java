package dev.apiclients.libib;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link PatronImport} will do, row by row, computed from one reading of the library; a dry
 * run stops here. Apply it soon after planning: it reflects the library as it was read.
 *
 * @param rows one planned row per input row, in input order
 */
public record ImportPlan(List<PlannedRow> rows) {

  /**
   * Copies the rows.
   *
   * @throws IllegalArgumentException if the list or a row is null
   */
  public ImportPlan {
    if (rows == null || rows.contains(null)) {
      throw new IllegalArgumentException("rows must not be null nor hold null");
    }
    rows = List.copyOf(rows);
  }

  /** How many rows have the given action. */
  public int count(PlannedRow.Action action) {
    return (int) rows.stream().filter(row -> row.action() == action).count();
  }

  /** The number of rows per action, every action present (zero when none). */
  public Map<PlannedRow.Action, Integer> counts() {
    Map<PlannedRow.Action, Integer> counts = new EnumMap<>(PlannedRow.Action.class);
    for (PlannedRow.Action action : PlannedRow.Action.values()) {
      counts.put(action, count(action));
    }
    return counts;
  }

  /** How many requests applying the plan sends (creates plus updates). */
  public int writes() {
    return count(PlannedRow.Action.CREATE) + count(PlannedRow.Action.UPDATE);
  }
}
