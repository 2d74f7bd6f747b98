package dev.apiclients.libib.internal;

import dev.apiclients.http.decoding.JsonDecoder;
import dev.apiclients.http.decoding.ResponseBodyDecoder;
import dev.apiclients.libib.Account;
import dev.apiclients.libib.Manager;
import dev.apiclients.libib.ManagerRole;
import dev.apiclients.libib.Patron;
import java.util.List;

/**
 * Libib's JSON, declared on common-http's {@link JsonDecoder}: snake_case names, unknown fields
 * ignored, {@code freeze} as 1/0/null, unknown roles as {@link ManagerRole#UNKNOWN}, single
 * records bare or wrapped ({@code {"patron": {...}}}), listings whose entries may not be null.
 */
public final class LibibJson {

  /**
   * Decodes each {@link LibibApi} return type; an empty, non-JSON or wrongly shaped body fails. A
   * patron with neither barcode nor email, or a manager without an email, is how Libib answers for
   * an unknown one (HTTP 200, blank fields, observed in the field): it is reported as not found.
   */
  public static final ResponseBodyDecoder DECODER = JsonDecoder.builder()
      .snakeCase()
      .lenientBooleans()
      .openEnum(ManagerRole.class, ManagerRole::fromWire, ManagerRole.UNKNOWN)
      .wrapped(Manager.class, "manager")
      .wrapped(Patron.class, "patron")
      .absentWhen(Manager.class, manager -> isBlank(manager.email()), "a manager with no email")
      .absentWhen(Patron.class, patron -> isBlank(patron.barcode()) && isBlank(patron.email()),
          "a patron with no barcode and no email")
      .converted(ManagerList.class, ManagerList.class, list -> new ManagerList(items(list.managers(), "managers")))
      .converted(AccountList.class, AccountList.class, list -> new AccountList(items(list.accounts(), "accounts")))
      .converted(PatronPage.class, PatronPageBody.class, LibibJson::page)
      .build();

  private LibibJson() {}

  /**
   * The managers of {@code GET /managers}.
   *
   * @param managers the managers
   */
  public record ManagerList(List<Manager> managers) {}

  /**
   * The accounts of {@code GET /accounts}.
   *
   * @param accounts the accounts
   */
  public record AccountList(List<Account> accounts) {}

  /**
   * One page of patrons.
   *
   * @param patrons the patrons of the page
   * @param pages how many pages there are; null when the page does not say
   * @param total how many patrons there are; null when the page does not say
   */
  public record PatronPage(List<Patron> patrons, Integer pages, Long total) {}

  /** The body of {@code GET /patrons} as sent (any part may be missing). */
  record PatronPageBody(Long total, Integer pages, List<Patron> patrons) {}

  private static PatronPage page(PatronPageBody body) {
    List<Patron> patrons = items(body.patrons(), "patrons");
    return new PatronPage(patrons, body.pages(), body.total());
  }

  private static <T> List<T> items(List<T> items, String field) {
    if (items == null) {
      return List.of();
    }
    for (T item : items) {
      if (item == null) {
        throw new IllegalStateException("'" + field + "' holds a null entry");
      }
    }
    return List.copyOf(items);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
