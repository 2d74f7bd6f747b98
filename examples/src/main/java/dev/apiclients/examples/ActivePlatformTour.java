package dev.apiclients.examples;

import dev.apiclients.activeplatform.Account;
import dev.apiclients.activeplatform.AccountQuery;
import dev.apiclients.activeplatform.ActivePlatformClient;
import dev.apiclients.activeplatform.Manager;
import dev.apiclients.activeplatform.ManagerPage;
import dev.apiclients.activeplatform.Order;
import dev.apiclients.activeplatform.OrderQuery;
import java.io.PrintStream;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A tour of the ActivePlatform client: one page by number, then every page of the reseller's
 * managers by following {@code links.next}: a summary (count, pages, statuses) and the first
 * {@value #ROWS_SHOWN} rows as a table; then the accounts with their subscriptions
 * ({@code include}) and the last orders ({@code sort}) with their charges.
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
      out.println();
      accountsWithSubscriptions(ap, reseller, out);
      out.println();
      lastOrders(ap, reseller, out);
    }
  }

  /** Every account with its subscriptions (include=subscriptions): a summary and the first rows. */
  private static void accountsWithSubscriptions(ActivePlatformClient ap, long reseller, PrintStream out) {
    out.println("== ActivePlatform: accounts and their subscriptions ==");
    List<Account> accounts;
    try (Stream<Account> stream = ap.accounts().streamAccounts(reseller,
        AccountQuery.builder().includeSubscriptions().build())) {
      accounts = stream.toList();
    }
    long subscriptions = accounts.stream().mapToLong(a -> a.subscriptions().size()).sum();
    out.println("streamAccounts(" + reseller + ", include=subscriptions) -> " + accounts.size() + " accounts with "
        + subscriptions + " subscriptions; the first " + Math.min(5, accounts.size()) + ":");
    new Table<Account>()
        .column("id", Account::id)
        .column("name", Account::name)
        .column("subscriptions", a -> a.subscriptions().size())
        .column("statuses", a -> a.subscriptions().stream().map(sub -> String.valueOf(sub.status()))
            .collect(Collectors.joining(", ")))
        .print(out, accounts.subList(0, Math.min(5, accounts.size())));
  }

  /** The newest orders first (sort=-created_at) with their charges: only the first page is read. */
  private static void lastOrders(ActivePlatformClient ap, long reseller, PrintStream out) {
    out.println("== ActivePlatform: the last 5 orders ==");
    List<Order> orders;
    try (Stream<Order> stream = ap.orders().streamOrders(reseller,
        OrderQuery.builder().sortDescending("created_at").include("charges").build())) {
      orders = stream.limit(5).toList();
    }
    out.println("streamOrders(" + reseller + ", sort=-created_at, include=charges), first 5:");
    new Table<Order>()
        .column("id", Order::id)
        .column("document", Order::documentId)
        .column("status", Order::status)
        .column("created", o -> o.createdAt() == null ? null : o.createdAt().toLocalDate())
        .column("total", Order::total)
        .column("charges", o -> o.charges().size())
        .print(out, orders);
  }
}
