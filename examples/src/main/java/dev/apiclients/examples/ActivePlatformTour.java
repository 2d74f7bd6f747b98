package dev.apiclients.examples;

import dev.apiclients.activeplatform.ActivePlatformClient;
import dev.apiclients.activeplatform.Manager;
import dev.apiclients.activeplatform.ManagerPage;
import java.io.PrintStream;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A tour of the ActivePlatform client: one page by number, then every page of the reseller's
 * managers by following {@code links.next}: a summary (count, pages, statuses) and the first
 * {@value #ROWS_SHOWN} rows as a table.
 */
public final class ActivePlatformTour {

  /** How many managers the table shows. */
  public static final int ROWS_SHOWN = 10;

  private ActivePlatformTour() {}

  /** Runs the tour against the real platform when credentials are set, else the sandbox. */
  public static void main(String[] args) {
    try (Target target = Target.fromEnvironment(System.getenv(), System.out)) {
      run(target, System.out);
    }
  }

  /** Runs the tour against the given target, printing to {@code out}. */
  public static void run(Target target, PrintStream out) {
    try (ActivePlatformClient ap = ActivePlatformClient.builder()
        .baseUrl(target.activePlatformBaseUrl())
        .apiToken(target.activePlatformToken())
        .build()) {
      long reseller = target.resellerId();
      out.println("== ActivePlatform: managers of reseller " + reseller + " ==");
      ManagerPage first = ap.managers().getManagersPage(reseller, 2, 1);
      out.println("getManagersPage(" + reseller + ", size 2, page 1) -> "
          + first.managers().stream().map(Manager::name).toList()
          + "; next: " + first.links().next().map(Object::toString).orElse("none"));

      AtomicInteger pages = new AtomicInteger();
      List<Manager> all;
      try (Stream<Manager> managers = ap.managers().streamManagers(reseller, progress -> pages.set(progress.pages()))) {
        all = managers.toList();
      }
      out.println("streamManagers(" + reseller + ") -> " + all.size() + " managers over " + pages.get()
          + " pages (followed links.next); by status: " + all.stream().collect(
              Collectors.groupingBy(m -> String.valueOf(m.status()), TreeMap::new, Collectors.counting())));
      out.println("The first " + Math.min(ROWS_SHOWN, all.size()) + ":");
      new Table<Manager>()
          .column("id", Manager::id)
          .column("name", Manager::name)
          .column("email", Manager::email)
          .column("status", Manager::status)
          .column("role", Manager::role)
          .column("access level", m -> m.managerRole() == null ? null : m.managerRole().name())
          .column("created", m -> m.createdAt() == null ? null : m.createdAt().toLocalDate())
          .print(out, all.subList(0, Math.min(ROWS_SHOWN, all.size())));
      if (all.size() > ROWS_SHOWN) {
        out.println("... and " + (all.size() - ROWS_SHOWN) + " more");
      }
    }
  }
}
