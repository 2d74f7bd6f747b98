package dev.apiclients.examples;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs every example in turn (the README's run command): the Libib tour, the ActivePlatform tour,
 * the ActivePlatform provisioning tour (which writes nothing to a real platform: no {@value
 * ActivePlatformProvisioning#ALLOW_WRITES} is passed), the patron CSV export and the import of the
 * sample roster (a dry run on a real Libib). Without credentials in the environment they use the
 * embedded sandbox.
 */
public final class AllExamples {

  private AllExamples() {}

  /**
   * Runs everything; the CSV goes to the first argument or {@code target/patrons.csv}, the import's
   * report next to it ({@code patron-import-report.csv}).
   */
  public static void main(String[] args) {
    Path csv = Path.of(args.length > 0 ? args[0] : "target/patrons.csv");
    try (Target target = Target.fromEnvironment(System.getenv(), System.out)) {
      LibibTour.run(target, System.out);
      System.out.println();
      ActivePlatformTour.run(target, System.out);
      System.out.println();
      ActivePlatformProvisioning.run(target, List.of(), System.out);
      System.out.println();
      PatronExport.run(target, csv, System.out, System.err, System.console() != null);
      System.out.println();
      PatronImport.run(target, false, null, csv.resolveSibling("patron-import-report.csv"), System.out, System.err,
          System.console() != null);
    }
  }
}
