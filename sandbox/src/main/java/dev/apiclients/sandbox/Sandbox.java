package dev.apiclients.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.Options;
import java.net.BindException;
import java.util.function.LongSupplier;

/**
 * A stateful fake of the Libib and ActivePlatform APIs for tests and offline runs: an in-process
 * WireMock server on a loopback port ({@code 127.0.0.1}) serving Libib under {@code /libib} and
 * ActivePlatform under {@code /activeplatform}, from in-memory state. Each sandbox has its own
 * state, starting from the same sample data. In JUnit tests, {@link LibibSandboxExtension} and
 * {@link ActivePlatformSandboxExtension} start one per test class and reset it before each test.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start()) {
 *   LibibClient libib = LibibClient.builder().baseUrl(sandbox.libibBaseUrl())
 *       .apiKey(Sandbox.LIBIB_API_KEY).apiUser(Sandbox.LIBIB_API_USER).build();
 * }
 * }</pre>
 *
 * <h2>Libib ({@link #libibBaseUrl()})</h2>
 * <ul>
 *   <li>Every request needs {@code x-api-key: }{@value #LIBIB_API_KEY} and {@code x-api-user: }{@value
 *       #LIBIB_API_USER}, else 401 {@code {"error": "Invalid API credentials"}}. {@code GET /} is the
 *       connection test: 200 with valid credentials.
 *   <li>{@code GET /accounts}: one account, "Sandbox Library", 5 manager seats. Managers: list, get,
 *       {@code POST /managers} (fields as URL parameters, password of at least 8 characters; 200 with
 *       the manager, never the password), {@code DELETE} (not the owner). Starts with Libib's
 *       documented managers.
 *   <li>{@code GET /patrons?page=N}: 137 patrons over 3 pages of 50 to begin with. {@code GET
 *       /patrons/{barcode or email}}; an unknown or deleted patron answers 200 with every field null,
 *       as Libib was observed to do ({@link LibibSandbox#unknownPatronAnswer} switches to 404).
 *   <li>{@code POST /patrons} creates (200 with the patron and the barcode assigned), {@code POST
 *       /patrons/{id}} updates only the fields sent, {@code DELETE} soft-deletes (204; 400 for
 *       {@value #PATRON_WITH_CHECKOUTS}, which has active checkouts), {@code PATCH} restores, all
 *       validated as Libib documents (400, 409 for a duplicate email or barcode).
 *   <li>Libib's observed write limit is off; {@link LibibSandbox#rateLimitWrites} turns it on.
 * </ul>
 *
 * <h2>ActivePlatform ({@link #activePlatformBaseUrl()})</h2>
 * Every v3 read, with {@code X-Api-Token: }{@value #ACTIVEPLATFORM_API_TOKEN}: {@code GET
 * /api/v3/resellers/{id}} (reseller 1 and its downstream resellers 2, 3 and 4) and, under {@code
 * /api/v3/resellers/1/}, {@code managers} (120, the first two as in the API document), {@code
 * child_reseller_managers}, {@code manager_roles}, {@code accounts} (130), {@code subscriptions}
 * (about 200), {@code orders} (150, with charges), {@code plans} (10) and {@code child_resellers},
 * each listed and read by id ({@link ActivePlatformSandbox} lists the sample data). Listings page
 * with {@code page[size]} and {@code page[number]} and absolute {@code links} back to the sandbox
 * that keep the query; the documented filters, {@code sort} (orders) and {@code include} (related
 * resources in {@code included[]}, named in {@code relationships}) are honoured. Errors are
 * JSON:API {@code errors[]}: 401, 404 (unknown id or endpoint), 405, 406, 400 (unknown filter,
 * include or sort field, bad filter value), 422 (bad page parameter). The documented writes
 * (accounts, managers, orders, payments, subscription operations, async tasks) keep state: see
 * {@link ActivePlatformSandbox}.
 *
 * <h2>Assumptions where the documents are silent</h2>
 * Libib's error body ({@code {"error": "..."}}), the 409 for duplicates, the 405s, the seat count
 * and ActivePlatform's page-size cap (1000), 400 for a filter a listing does not document, date
 * filters without an offset read at {@code +03:00}, and the type names and attributes of charges,
 * payments, subscription periods and resources and plan categories are the sandbox's own
 * choices. The credentials are fixed, public and meant only for the sandbox. Run it on its own
 * with {@link SandboxMain}.
 */
public final class Sandbox implements AutoCloseable {

  /** The Libib API key the sandbox accepts ({@code x-api-key}). */
  public static final String LIBIB_API_KEY = "sandbox-libib-key";
  /** The Libib API user the sandbox accepts ({@code x-api-user}). */
  public static final String LIBIB_API_USER = "sandbox-libib-user";
  /** The ActivePlatform token the sandbox accepts ({@code X-Api-Token}). */
  public static final String ACTIVEPLATFORM_API_TOKEN = "sandbox-activeplatform-token";
  /** The ActivePlatform reseller whose managers the sandbox serves. */
  public static final long ACTIVEPLATFORM_RESELLER_ID = 1;
  /** The barcode of the patron with active checkouts: deleting it answers 400, as Libib does. */
  public static final String PATRON_WITH_CHECKOUTS = "2020000000037";

  private final WireMockServer server;
  private final LibibSandbox libib;
  private final ActivePlatformSandbox activePlatform = new ActivePlatformSandbox();

  private Sandbox(int port, LongSupplier nanoTime) {
    libib = new LibibSandbox(nanoTime);
    Router router = new Router(libib, activePlatform);
    server = new WireMockServer(wireMockConfig()
        .bindAddress(Router.LOOPBACK)
        .port(port)
        .disableRequestJournal()
        .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
        .jettyStopTimeout(1_000L)
        .httpServerFactory(new SandboxServer.Factory())
        .extensions(router, new SandboxServer.ClosedAdminApi()));
    try {
      server.start();
    } catch (RuntimeException e) {
      stopQuietly();
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof BindException) {
          throw new PortInUseException(port, e);
        }
      }
      throw e;
    }
    router.port(server.port());
    routeEverything();
  }

  /** Stops what a failed start left running; the start's own failure is what gets reported. */
  private void stopQuietly() {
    try {
      server.stop();
    } catch (Exception alreadyStopped) {
      // nothing more to stop (Jetty may throw a checked exception it does not declare)
    }
  }

  /** The one stub: every request goes to the {@link Router}. */
  private void routeEverything() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(Router.NAME)));
  }

  /**
   * Starts a sandbox on a free loopback port.
   *
   * @return the running sandbox; close it to stop it
   */
  public static Sandbox start() {
    return start(0);
  }

  /**
   * Starts a sandbox on the given loopback port.
   *
   * @param port the port, 0 for any free one
   * @return the running sandbox; close it to stop it
   * @throws IllegalArgumentException when the port is not from 0 to 65535
   * @throws IllegalStateException when the port is already in use
   */
  public static Sandbox start(int port) {
    return start(port, System::nanoTime);
  }

  /** Starts a sandbox whose write rate limit reads the given clock (for tests). */
  static Sandbox start(int port, LongSupplier nanoTime) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be from 0 to 65535, was " + port);
    }
    return new Sandbox(port, nanoTime);
  }

  /**
   * The Libib half: seeding, recorded writes, quirks and fault switches.
   *
   * @return the Libib sandbox
   */
  public LibibSandbox libib() {
    return libib;
  }

  /**
   * The ActivePlatform half: seeding, recorded requests and fault switches.
   *
   * @return the ActivePlatform sandbox
   */
  public ActivePlatformSandbox activePlatform() {
    return activePlatform;
  }

  /**
   * Puts both APIs back as they started: sample data, every switch off, nothing recorded (and the
   * sandbox's routing, should anything have removed it).
   */
  public void reset() {
    libib.reset();
    activePlatform.reset();
    if (server.getStubMappings().isEmpty()) {
      routeEverything();
    }
  }

  /**
   * The sandbox's root URL.
   *
   * @return such as {@code http://127.0.0.1:8089}
   */
  public String baseUrl() {
    return "http://" + Router.LOOPBACK + ":" + server.port();
  }

  /**
   * The Libib base URL, to give {@code LibibClient.builder().baseUrl(..)}.
   *
   * @return such as {@code http://127.0.0.1:8089/libib}
   */
  public String libibBaseUrl() {
    return baseUrl() + Router.LIBIB_PREFIX;
  }

  /**
   * The ActivePlatform base URL, to give {@code ActivePlatformClient.builder().baseUrl(..)}.
   *
   * @return such as {@code http://127.0.0.1:8089/activeplatform}
   */
  public String activePlatformBaseUrl() {
    return baseUrl() + Router.AP_PREFIX;
  }

  /**
   * The port the sandbox listens on.
   *
   * @return the port
   */
  public int port() {
    return server.port();
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.stop();
  }

  /** The port asked for is taken by another program. */
  static final class PortInUseException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    PortInUseException(int port, Throwable cause) {
      super("Port " + port + " on " + Router.LOOPBACK + " is already in use", cause);
    }
  }
}
