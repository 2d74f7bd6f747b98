package dev.apiclients.examples;

import dev.apiclients.http.paging.PageProgress;
import dev.apiclients.libib.LibibClient;
import dev.apiclients.libib.Patron;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Exports every Libib patron to a CSV file, page by page (memory stays flat), with progress on
 * stderr: a bar redrawn in place on a terminal, a line per page when the output is redirected (a
 * log file gets no carriage returns). Against the real Libib each page waits for the 2 s rate
 * limit, so a large library takes a while; the progress shows pages, patrons and the total.
 */
public final class PatronExport {

  /** The CSV columns, in Libib's field names. */
  public static final List<String> HEADER = List.of("barcode", "first_name", "last_name", "email",
      "notification_emails", "tags", "patron_id", "phone", "address1", "address2", "city", "state",
      "country", "zip", "freeze");

  private PatronExport() {}

  /** Exports to the file named by the first argument (default {@code patrons.csv}). */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "patrons.csv");
    try (Target target = Target.fromEnvironment(System.getenv(), System.out)) {
      // Java 17 cannot ask about stderr alone; a console means the program runs in a terminal.
      run(target, file, System.out, System.err, System.console() != null);
    }
  }

  /**
   * Exports every patron of the target to {@code file}.
   *
   * @param terminal whether {@code err} is a terminal: redraw one bar with {@code \r}, else print a
   *     line per page
   * @return how many patrons were written
   */
  public static long run(Target target, Path file, PrintStream out, PrintStream err, boolean terminal) {
    out.println("== Libib: export patrons to CSV ==");
    long written = 0;
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not create the folder of " + file, e);
    }
    try (LibibClient libib = LibibClient.builder()
            .baseUrl(target.libibBaseUrl())
            .apiKey(target.libibApiKey())
            .apiUser(target.libibApiUser())
            .requestInterval(target.libibInterval())
            .build();
        Writer csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        Stream<Patron> patrons = libib.patrons().streamPatrons(progress -> progress(err, progress, terminal))) {
      csv.write(Csv.line(HEADER));
      csv.write("\r\n");
      for (Iterator<Patron> it = patrons.iterator(); it.hasNext(); ) {
        csv.write(Csv.line(row(it.next())));
        csv.write("\r\n");
        written++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
    if (terminal) {
      err.println();
    }
    out.println("Wrote " + written + " patrons to " + file.toAbsolutePath());
    return written;
  }

  private static List<Object> row(Patron p) {
    return Arrays.asList(p.barcode(), p.firstName(), p.lastName(), p.email(), p.notificationEmails(),
        p.tags(), p.patronId(), p.phone(), p.address1(), p.address2(), p.city(), p.state(), p.country(),
        p.zip(), p.freeze() == null ? null : (p.freeze() ? 1 : 0));
  }

  private static void progress(PrintStream err, PageProgress progress, boolean terminal) {
    long total = progress.totalItems().orElse(0);
    String counts = "page " + progress.pages() + ", " + progress.items() + (total > 0 ? " of " + total : "") + " patrons";
    if (!terminal) {
      err.println(counts);
      return;
    }
    int width = 30;
    int filled = total > 0 ? (int) Math.min(width, progress.items() * width / total) : 0;
    err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + counts);
    err.flush();
  }
}
