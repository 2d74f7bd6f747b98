package dev.apiclients.examples;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.apiclients.libib.PatronFields;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a roster of patrons from CSV (UTF-8, with or without the byte order mark spreadsheets
 * write; RFC 4180 quoting) with jackson-dataformat-csv. The header names the columns: Libib's
 * field names ({@link PatronExport#HEADER}), in any order and case, spaces read as underscores. An
 * empty cell sets nothing (a roster never clears a field); {@code freeze} takes 1/0, yes/no or
 * true/false. Passwords are not read from files.
 */
public final class RosterCsv {

  /** The sample roster shipped with the examples (a classpath resource). */
  public static final String SAMPLE = "roster-sample.csv";

  private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

  private RosterCsv() {}

  /** Reads the sample roster, {@value #SAMPLE}. */
  public static List<PatronFields> readSample() {
    InputStream sample = RosterCsv.class.getClassLoader().getResourceAsStream(SAMPLE);
    if (sample == null) {
      throw new IllegalStateException(SAMPLE + " is missing from the classpath");
    }
    try (Reader reader = new InputStreamReader(sample, StandardCharsets.UTF_8)) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + SAMPLE, e);
    }
  }

  /** Reads a roster file (UTF-8). */
  public static List<PatronFields> read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /**
   * Reads a roster, one {@link PatronFields} per data row, in order.
   *
   * @throws IllegalArgumentException naming the row and column of an unknown column or a bad freeze
   */
  public static List<PatronFields> read(Reader reader) throws IOException {
    BufferedReader text = new BufferedReader(reader);
    text.mark(1);
    if (text.read() != '\uFEFF') {
      text.reset();
    }
    List<PatronFields> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> lines = MAPPER.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
      while (lines.hasNextValue()) {
        rows.add(row(rows.size() + 1, lines.nextValue()));
      }
    }
    return rows;
  }

  private static PatronFields row(int n, Map<String, String> cells) {
    PatronFields.Builder row = PatronFields.builder();
    cells.forEach((header, cell) -> {
      String column = header.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
      String value = cell == null ? "" : cell.strip();
      if (!PatronExport.HEADER.contains(column)) {
        throw new IllegalArgumentException("unknown column \"" + header + "\"; the columns are Libib's field names: "
            + String.join(", ", PatronExport.HEADER));
      }
      if (!value.isEmpty()) {
        set(row, column, value, n);
      }
    });
    return row.build();
  }

  private static void set(PatronFields.Builder row, String column, String value, int n) {
    switch (column) {
      case "barcode" -> row.barcode(value);
      case "first_name" -> row.firstName(value);
      case "last_name" -> row.lastName(value);
      case "email" -> row.email(value);
      case "notification_emails" -> row.notificationEmails(value);
      case "tags" -> row.tags(value);
      case "patron_id" -> row.patronId(value);
      case "phone" -> row.phone(value);
      case "address1" -> row.address1(value);
      case "address2" -> row.address2(value);
      case "city" -> row.city(value);
      case "state" -> row.state(value);
      case "country" -> row.country(value);
      case "zip" -> row.zip(value);
      case "freeze" -> row.freeze(freeze(value, n));
      default -> throw new IllegalStateException("unhandled column " + column);
    }
  }

  private static boolean freeze(String value, int n) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "1", "yes", "y", "true" -> true;
      case "0", "no", "n", "false" -> false;
      default -> throw new IllegalArgumentException(
          "row " + n + ": freeze must be 1 or 0 (or yes/no, true/false), was \"" + value + "\"");
    };
  }
}
