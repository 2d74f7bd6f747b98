package dev.apiclients.examples;

import java.util.List;
import java.util.stream.Collectors;

/** Writes RFC 4180 CSV fields: a field with a comma, quote or line break is quoted, quotes doubled. */
public final class Csv {

  private Csv() {}

  /** One CSV line (without the line break) of the given fields; null is written empty. */
  public static String line(List<?> fields) {
    return fields.stream().map(Csv::field).collect(Collectors.joining(","));
  }

  /** One CSV field. */
  public static String field(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
        || (!text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))))) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
