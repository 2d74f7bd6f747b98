package dev.apiclients.examples;

import dev.apiclients.libib.Account;
import dev.apiclients.libib.LibibClient;
import dev.apiclients.libib.Manager;
import dev.apiclients.libib.ManagerRole;
import dev.apiclients.libib.NewManager;
import dev.apiclients.libib.Patron;
import dev.apiclients.libib.PatronFields;
import java.io.PrintStream;
import java.util.List;

/**
 * A tour of every Libib operation: accounts, managers (list, get, create, delete) and patrons
 * (list every page, get, create, update, delete, restore), printed as tables.
 */
public final class LibibTour {

  private LibibTour() {}

  /** Runs the tour against the real Libib when credentials are set, else the sandbox. */
  public static void main(String[] args) {
    try (Target target = Target.fromEnvironment(System.getenv(), System.out)) {
      run(target, System.out);
    }
  }

  /** Runs the tour against the given target, printing to {@code out}. */
  public static void run(Target target, PrintStream out) {
    try (LibibClient libib = LibibClient.builder()
        .baseUrl(target.libibBaseUrl())
        .apiKey(target.libibApiKey())
        .apiUser(target.libibApiUser())
        .requestInterval(target.libibInterval())
        .build()) {
      libib.verifyCredentials();
      out.println("verifyCredentials() -> accepted");
      out.println("== Libib: accounts ==");
      new Table<Account>()
          .column("organization", Account::organization)
          .column("email", Account::email)
          .column("manager seats", Account::managerSeats)
          .column("url", Account::url)
          .column("authorized", Account::authorized)
          .print(out, libib.accounts().getAccounts());

      out.println();
      out.println("== Libib: managers ==");
      printManagers(out, libib.managers().getManagers());
      Manager sam = libib.managers().getManagerById("samthewise@example.com");
      out.println("getManagerById(samthewise@example.com) -> " + sam.firstName() + " " + sam.lastName() + " (" + sam.role() + ")");

      if (target.isSandbox()) {
        String email = "bilbo.baggins@example.com";
        libib.managers().createManager(NewManager.builder()
            .email(email).firstName("Bilbo").lastName("Baggins")
            .password("there-and-back-again").role(ManagerRole.LENDER).build());
        out.println("createManager(" + email + ") -> created; managers now: " + libib.managers().getManagers().size());
        libib.managers().deleteManager(email);
        out.println("deleteManager(" + email + ") -> deleted; managers now: " + libib.managers().getManagers().size());
      } else {
        out.println("(create/delete manager skipped against the real service: it would change your account)");
      }

      out.println();
      out.println("== Libib: patrons ==");
      List<Patron> patrons = libib.patrons().getPatrons();
      out.println("getPatrons() -> " + patrons.size() + " patrons; the first 5:");
      printPatrons(out, patrons.subList(0, Math.min(5, patrons.size())));
      Patron mary = libib.patrons().getPatronById("frankenstein@example.com");
      out.println("getPatronById(frankenstein@example.com) -> " + mary.firstName() + " " + mary.lastName()
          + ", barcode " + mary.barcode());

      if (target.isSandbox()) {
        patronLifecycle(libib, out);
      } else {
        out.println("(create/update/delete/restore patron skipped against the real service: it would change your data)");
      }
    }
  }

  private static void patronLifecycle(LibibClient libib, PrintStream out) {
    String email = "ada.lovelace@example.com";
    Patron ada = libib.patrons().createPatron(PatronFields.builder()
        .firstName("Ada").lastName("Lovelace").email(email).city("London").country("GB").build());
    out.println("createPatron(Ada Lovelace) -> barcode " + ada.barcode() + " (assigned by Libib), city " + ada.city());
    out.println("findPatron(" + email + ") -> " + (libib.patrons().findPatron(email).isPresent() ? "found" : "absent"));
    libib.patrons().updatePatron(email, PatronFields.builder().phone("555-0100").city("Marylebone").build());
    Patron updated = libib.patrons().getPatronById(email);
    out.println("updatePatron(phone, city) -> phone " + updated.phone() + ", city " + updated.city());
    libib.patrons().deletePatron(email);
    out.println("deletePatron -> " + (libib.patrons().findPatron(email).isEmpty()
        ? "deleted (findPatron is now empty)" : "still there?!"));
    libib.patrons().restorePatron(email);
    out.println("restorePatron -> back: " + libib.patrons().getPatronById(email).firstName());
    libib.patrons().deletePatron(email);
    out.println("deletePatron again, leaving the sandbox as it was: " + libib.patrons().getPatrons().size() + " patrons");
  }

  private static void printManagers(PrintStream out, List<Manager> managers) {
    new Table<Manager>()
        .column("first name", Manager::firstName)
        .column("last name", Manager::lastName)
        .column("email", Manager::email)
        .column("role", Manager::role)
        .print(out, managers);
  }

  private static void printPatrons(PrintStream out, List<Patron> patrons) {
    new Table<Patron>()
        .column("barcode", Patron::barcode)
        .column("first name", Patron::firstName)
        .column("last name", Patron::lastName)
        .column("email", Patron::email)
        .column("city", Patron::city)
        .column("frozen", Patron::freeze)
        .print(out, patrons);
  }
}
