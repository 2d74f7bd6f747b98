package dev.apiclients.sandbox;

import dev.apiclients.libib.Patron;
import dev.apiclients.libib.PatronFields;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The Libib half of a {@link Sandbox}, for tests: seed patrons, inspect what was written, and turn
 * on the quirks and faults a real Libib may show. Get it from {@link Sandbox#libib()}; {@link
 * Sandbox#reset()} puts it back as it started (data, switches and record).
 *
 * <pre>{@code
 * sandbox.libib().clearPatrons();
 * sandbox.libib().addPatrons(PatronFields.builder().firstName("Mary").lastName("Shelley").build());
 * runMySync(client);
 * assertThat(sandbox.libib().writes()).extracting(RecordedRequest::method).containsOnly("POST");
 * }</pre>
 *
 * <p>Thread-safe: requests and these methods are served one at a time.
 */
public final class LibibSandbox extends ApiSandbox {

  /** The least time between writes that avoided a 429 on the real Libib (observed, not documented). */
  public static final Duration OBSERVED_WRITE_INTERVAL = Duration.ofSeconds(3);

  private LibibPatrons patrons = new LibibPatrons();
  private LibibManagers managers = new LibibManagers();
  private final WriteRateLimit rateLimit;

  LibibSandbox(LongSupplier nanoTime) {
    rateLimit = new WriteRateLimit(nanoTime);
  }

  /**
   * Adds patrons as {@code POST /patrons} would (same rules, a barcode assigned unless given),
   * without recording them as writes.
   *
   * @param fields the patrons' fields; first and last name required
   * @return the patrons created, with their barcodes, in order
   * @throws IllegalArgumentException when one is refused (nothing of it is added), with Libib's reason
   */
  public synchronized List<Patron> addPatrons(PatronFields... fields) {
    List<Patron> added = new ArrayList<>();
    for (PatronFields patron : fields) {
      SandboxResponse response = patrons.create(patron.asMap());
      if (response.status() != 200) {
        throw new IllegalArgumentException("patron refused (" + response.status() + "): " + response.bodyText());
      }
      added.add(patron(SandboxResponse.parse(response.body())));
    }
    return added;
  }

  /** Removes every patron, so a test can start from an empty library (the sample data has 137). */
  public synchronized void clearPatrons() {
    patrons.clear();
  }

  /**
   * The patrons as {@code GET /patrons} would list them now (deleted ones left out).
   *
   * @return an unmodifiable list, in listing order
   */
  public synchronized List<Patron> patrons() {
    return patrons.active().stream().map(LibibSandbox::patron).toList();
  }

  /**
   * Every write (create, update, delete, restore) received since the sandbox started or was reset,
   * with its query, in order; refused and faulted ones included (see {@link RecordedRequest#status()}).
   *
   * @return an unmodifiable copy
   */
  public List<RecordedRequest> writes() {
    return requests().stream().filter(RecordedRequest::isWrite).toList();
  }

  /**
   * Libib's observed rate limit on writes: a write ({@code POST}, {@code PATCH}, {@code DELETE})
   * that comes sooner than {@code minInterval} after the last write let through answers 429 with
   * {@code Retry-After} in whole seconds (the wait rounded up; 0 for a limit under a second, as a
   * test scaled down in time uses) and changes nothing. Reads are not limited.
   * Off by default.
   *
   * @param minInterval the least time between writes ({@link #OBSERVED_WRITE_INTERVAL} as seen on
   *     Libib); {@link Duration#ZERO} turns the limit off
   * @throws IllegalArgumentException when minInterval is null or negative
   */
  public synchronized void rateLimitWrites(Duration minInterval) {
    rateLimit.minInterval(minInterval);
  }

  /**
   * How {@code GET /patrons/{id}} answers for an unknown or deleted patron; default {@link
   * UnknownPatronAnswer#BLANK_200}, as Libib was observed to answer. Updates, deletes and restores
   * of an unknown patron answer 404 either way.
   *
   * @param answer the answer to give
   */
  public synchronized void unknownPatronAnswer(UnknownPatronAnswer answer) {
    patrons.unknownAnswer(Objects.requireNonNull(answer, "answer"));
  }

  /** Back to the sample data, every switch off, nothing recorded. */
  synchronized void reset() {
    patrons = new LibibPatrons();
    managers = new LibibManagers();
    rateLimit.minInterval(Duration.ZERO);
    resetTraffic();
  }

  @Override
  SandboxResponse answer(SandboxRequest request, String publicBaseUrl) {
    if (!Sandbox.LIBIB_API_KEY.equals(request.header("x-api-key"))
        || !Sandbox.LIBIB_API_USER.equals(request.header("x-api-user"))) {
      return error(401, "Invalid API credentials");
    }
    if (!request.is("GET")) {
      Duration wait = rateLimit.tryWrite();
      if (!wait.isZero()) {
        return error(429, "Rate limit exceeded: writes must be " + rateLimit.minIntervalMillis() + " ms apart")
            .withHeader("Retry-After", String.valueOf(rateLimit.retryAfterSeconds(wait)));
      }
    }
    List<String> path = request.segments();
    if (path.isEmpty()) {
      return request.is("GET") ? SandboxResponse.json(200, Map.of("message", "Libib sandbox: credentials accepted"))
          : error(405, "Method not allowed");
    }
    return switch (path.get(0)) {
      case "accounts" -> managers.accounts(request, path);
      case "managers" -> managers.managers(request, path);
      case "patrons" -> patrons.handle(request, path);
      default -> error(404, "Not found");
    };
  }

  @Override
  SandboxResponse injected(int status) {
    return error(status, "Sandbox fault switch: HTTP " + status);
  }

  /** The client's model of a patron as the sandbox holds it (snake_case fields, freeze 1, 0 or null). */
  private static Patron patron(Map<String, Object> f) {
    Object freeze = f.get("freeze");
    return new Patron(text(f, "barcode"), text(f, "first_name"), text(f, "last_name"), text(f, "email"),
        text(f, "notification_emails"), text(f, "tags"), text(f, "patron_id"), text(f, "phone"),
        text(f, "address1"), text(f, "address2"), text(f, "city"), text(f, "state"), text(f, "country"),
        text(f, "zip"), freeze == null ? null : !"0".equals(String.valueOf(freeze)));
  }

  private static String text(Map<String, Object> fields, String name) {
    Object value = fields.get(name);
    return value == null ? null : String.valueOf(value);
  }

  /** Libib's error shape (an assumption: the documents show none): {@code {"error": message}}. */
  static SandboxResponse error(int status, String message) {
    return SandboxResponse.json(status, Map.of("error", message));
  }
}
