package dev.apiclients.examples;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes RFC 4180 CSV fields: a field with a comma, quote or line break is quoted, quotes doubled.
 * A field that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is
 * neutralised as OWASP advises against CSV injection: a single quote is put in front, so that a
 * spreadsheet shows it as text instead of running it as a formula ({@code -1} becomes {@code '-1}).
 */
public final class Csv {

  /** The first characters that make a spreadsheet read a cell as a formula (OWASP's list). */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private Csv() {}

  /** One CSV line (without the line break) of the given fields; null is written empty. */
  public static String line(List<?> fields) {
    return fields.stream().map(Csv::field).collect(Collectors.joining(","));
  }

  /** One CSV field, neutralised if a spreadsheet would take it for a formula. */
  public static String field(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
        || (!text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))))) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
