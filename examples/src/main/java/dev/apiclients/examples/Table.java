package dev.apiclients.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Prints rows as a plain-text table with aligned columns.
 *
 * @param <T> the row type
 */
public final class Table<T> {

  private final List<String> headers = new ArrayList<>();
  private final List<Function<T, ?>> cells = new ArrayList<>();

  /** Adds a column. */
  public Table<T> column(String header, Function<T, ?> cell) {
    headers.add(header);
    cells.add(cell);
    return this;
  }

  /** Prints the header, a rule and one line per row. */
  public void print(PrintStream out, List<T> rows) {
    List<List<String>> text = new ArrayList<>();
    for (T row : rows) {
      List<String> line = new ArrayList<>();
      for (Function<T, ?> cell : cells) {
        line.add(Objects.toString(cell.apply(row), ""));
      }
      text.add(line);
    }
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> line : text) {
        widths[c] = Math.max(widths[c], Math.min(40, line.get(c).length()));
      }
    }
    out.println(format(headers, widths));
    StringBuilder rule = new StringBuilder();
    for (int width : widths) {
      rule.append("-".repeat(width)).append("  ");
    }
    out.println(rule.toString().stripTrailing());
    for (List<String> line : text) {
      out.println(format(line, widths));
    }
  }

  private static String format(List<String> values, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      String value = values.get(c);
      if (value.length() > widths[c]) {
        value = value.substring(0, widths[c] - 1) + "~";
      }
      line.append(value).append(" ".repeat(widths[c] - value.length() + 2));
    }
    return line.toString().stripTrailing();
  }
}
