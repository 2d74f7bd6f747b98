package dev.apiclients.libib;

import dev.apiclients.http.FeignClientFactory;
import dev.apiclients.http.NotFoundException;
import dev.apiclients.http.PaginationException;
import dev.apiclients.http.paging.NextPageStrategy;
import dev.apiclients.http.paging.Page;
import dev.apiclients.http.paging.PageProgress;
import dev.apiclients.http.paging.Paginator;
import dev.apiclients.libib.internal.LibibApi;
import dev.apiclients.libib.internal.LibibCalls;
import dev.apiclients.libib.internal.LibibJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Libib's patron operations ({@code /patrons}). Get one with {@link LibibClient#patrons()}. Every
 * request is paced to Libib's rate limit; failures throw {@link dev.apiclients.http.ApiException}
 * subtypes. Creates, updates and deletes are never re-sent after a broken connection.
 */
public final class Patrons {

  /** How many patrons Libib returns per page. */
  public static final int PAGE_SIZE = 50;

  private final LibibApi api;
  private final FeignClientFactory factory;

  Patrons(LibibApi api, FeignClientFactory factory) {
    this.api = api;
    this.factory = factory;
  }

  /** Every patron, reading every page ({@code GET /patrons?page=N}) one request at a time. */
  public List<Patron> getPatrons() {
    return paginator(null).toList();
  }

  /**
   * Every patron as a lazy stream: the first page is requested when the first patron is asked for,
   * each next page when the previous one is used up; closing or short-circuiting the stream sends
   * no further request.
   */
  public Stream<Patron> streamPatrons() {
    return paginator(null).stream();
  }

  /**
   * Like {@link #streamPatrons()}, reporting progress (pages, patrons so far, total) after each page.
   *
   * @param listener called on the iterating thread after each page
   */
  public Stream<Patron> streamPatrons(PageProgress.Listener listener) {
    if (listener == null) {
      throw new IllegalArgumentException("listener must not be null");
    }
    return paginator(listener).stream();
  }

  /**
   * One patron by barcode or email ({@code GET /patrons/{id}}).
   *
   * @param barcodeOrEmail the patron's barcode or email
   * @throws IllegalArgumentException if it is blank (nothing is sent)
   * @throws dev.apiclients.http.NotFoundException if there is no such patron (a 404, or the blank
   *     200 Libib was observed to send for an unknown patron)
   */
  public Patron getPatronById(String barcodeOrEmail) {
    return api.patron(LibibCalls.identifier(barcodeOrEmail, "barcodeOrEmail"));
  }

  /**
   * Looks a patron up by barcode or email ({@code GET /patrons/{id}}) without treating "not there"
   * as a failure: what sync code asks for every row.
   *
   * @param barcodeOrEmail the patron's barcode or email
   * @return the patron, or empty on 404 or on the blank 200 Libib was observed to send for an
   *     unknown patron
   * @throws IllegalArgumentException if it is blank (nothing is sent)
   * @throws dev.apiclients.http.ApiException for every other failure
   */
  public Optional<Patron> findPatron(String barcodeOrEmail) {
    String id = LibibCalls.identifier(barcodeOrEmail, "barcodeOrEmail");
    try {
      return Optional.of(api.patron(id));
    } catch (NotFoundException absent) {
      return Optional.empty();
    }
  }

  /**
   * Creates a patron ({@code POST /patrons}, fields as URL query parameters as Libib documents).
   * Libib advises not to set the barcode and lets it assign one; the returned patron carries it.
   * A create is never re-sent after a broken connection: look the patron up by email first.
   *
   * @param fields the patron's fields; first and last name are required
   * @return the patron as Libib created it, with the barcode it assigned
   * @throws IllegalArgumentException if first or last name is missing or a field breaks one of
   *     Libib's rules (nothing is sent)
   * @throws dev.apiclients.http.ResponseDecodingException if Libib answered 2xx with no readable
   *     patron (an error sent with 200, a proxy's login page): the create may or may not have
   *     happened; look the patron up before sending it again
   */
  public Patron createPatron(PatronFields fields) {
    PatronRules.checkCreate(fields);
    return api.createPatron(LibibCalls.query(fields.asMap()));
  }

  /**
   * Updates the given fields of a patron ({@code POST /patrons/{id}}); fields not set are left as
   * they are, fields set to an empty string are cleared (except first and last name, country and
   * barcode, which Libib does not let an update empty).
   *
   * @param barcodeOrEmail the patron's barcode or email
   * @param fields the fields to change; at least one
   * @throws IllegalArgumentException if the identifier is blank, no field is set or a field breaks
   *     one of Libib's rules (nothing is sent)
   */
  public void updatePatron(String barcodeOrEmail, PatronFields fields) {
    String id = LibibCalls.identifier(barcodeOrEmail, "barcodeOrEmail");
    PatronRules.checkUpdate(fields);
    api.updatePatron(id, LibibCalls.query(fields.asMap()));
  }

  /**
   * Restores a patron deleted in the last 30 days ({@code PATCH /patrons/{id}}).
   *
   * @param barcodeOrEmail the patron's barcode or email
   * @throws IllegalArgumentException if it is blank (nothing is sent)
   */
  public void restorePatron(String barcodeOrEmail) {
    api.restorePatron(LibibCalls.identifier(barcodeOrEmail, "barcodeOrEmail"));
  }

  /**
   * Deletes a patron ({@code DELETE /patrons/{id}}; Libib answers 204). Deleting dissociates the
   * patron's lending and hold history; {@link #restorePatron(String)} undoes it within 30 days.
   *
   * @param barcodeOrEmail the patron's barcode or email
   * @throws IllegalArgumentException if it is blank (nothing is sent)
   * @throws dev.apiclients.http.BadRequestException if the patron has active checkouts
   */
  public void deletePatron(String barcodeOrEmail) {
    api.deletePatron(LibibCalls.identifier(barcodeOrEmail, "barcodeOrEmail"));
  }

  private Paginator<Patron> paginator(PageProgress.Listener listener) {
    Listing listing = new Listing();
    Paginator.Builder<Patron, Integer> builder = factory.paginator(
        () -> listing.page(1), listing::page, listing::next).firstKey(1);
    if (listener != null) {
      builder.progressListener(listener);
    }
    return builder.build();
  }

  /**
   * One walk over {@code GET /patrons}: the next page until the page count Libib gave, or, when a
   * page gives none, until an empty page. When the listing ends with fewer patrons than the last
   * page's {@code total}, it fails with {@link PaginationException} rather than return a shortened
   * listing (an import would then create patrons that exist).
   */
  private final class Listing {
    private long read;

    Page<Patron> page(int number) {
      LibibJson.PatronPage page = api.patrons(number);
      read += page.patrons().size();
      if (page.patrons().isEmpty()) {
        checkComplete(number, page.total());
      }
      return new Page<>(page.patrons(), OptionalInt.of(number),
          page.pages() == null ? OptionalInt.empty() : OptionalInt.of(page.pages()),
          page.total() == null ? OptionalLong.empty() : OptionalLong.of(page.total()), Optional.empty(), Map.of());
    }

    Optional<Integer> next(Page<Patron> page) {
      Optional<Integer> next = NextPageStrategy.<Patron>pageNumbers().next(page);
      if (next.isEmpty()) {
        checkComplete(page.number().orElse(0), page.totalItems().isPresent() ? page.totalItems().getAsLong() : null);
      }
      return next;
    }

    private void checkComplete(int lastPage, Long total) {
      if (total != null && read < total) {
        throw new PaginationException("Libib's patron listing ended at page " + lastPage + " after " + read
            + " patrons although it announced " + total + "; refusing a shortened listing. Run it again; if it"
            + " persists, the server's page count or pages are wrong.", "GET /patrons?page=" + lastPage);
      }
    }
  }
}
