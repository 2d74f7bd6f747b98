package dev.apiclients.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ContentTypeHeader;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * An embedded sandbox that behaves like both APIs, so programs run offline: an in-process WireMock
 * server on a loopback port ({@code 127.0.0.1}) serving Libib under {@code /libib} and
 * ActivePlatform under {@code /activeplatform}. Every request goes to one catch-all stub whose
 * response a WireMock {@link ResponseDefinitionTransformerV2} computes from in-memory state, so
 * the sandbox is stateful and thread-safe. Each sandbox has its own state, starting from the same
 * data.
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
 *       #LIBIB_API_USER} ({@code x-api-ultimate} is accepted and ignored); otherwise 401
 *       {@code {"error": "Invalid API credentials"}}.
 *   <li>{@code GET /accounts}: one account, "Sandbox Library", 5 manager seats.
 *   <li>{@code GET /managers}, {@code GET /managers/{email}}, {@code POST /managers} (fields as URL
 *       parameters: first_name, last_name, email, password of at least 8 characters, role admin,
 *       manager or lender; 400 when one is missing or bad or no seat is open, 409 when the email is
 *       taken; 200 with the manager, never the password), {@code DELETE /managers/{email}} (204; 400
 *       for the owner; 404 when unknown). Starts with Libib's documented managers: Larry McMurtry
 *       (owner), Samwise Gamgee (lender), Anaïs Nin (admin); the owner takes no seat, so 3 are open.
 *   <li>{@code GET /patrons?page=N} (default 1): {@code {"total", "pages", "max_per_page": 50,
 *       "patrons"}}, 137 patrons over 3 pages to begin with (Libib's two documented patrons first,
 *       the rest generated, the same on every run); a page past the end has no patrons; a page that
 *       is not a whole number from 1 gets 400.
 *   <li>{@code GET /patrons/{barcode or email}} (percent-decoded: {@code a%2Bb%40x.com}, {@code
 *       %2F} inside a barcode; emails match case-insensitively), 404 when absent or deleted.
 *   <li>{@code POST /patrons} creates (first_name and last_name required; country defaults to US;
 *       a barcode is generated, Libib-style with an EAN-13 check digit, unless given) and answers
 *       200 with the patron. {@code POST /patrons/{id}} changes only the fields sent; an empty value
 *       clears a field, except first_name, last_name, country and barcode (400). Validation as
 *       documented: email well-formed and unique among patrons (409), at most 3 notification
 *       emails, country two letters, state two letters when the country is US, freeze 1 or 0 (400).
 *       Unknown parameters and {@code password} are accepted and ignored (a password is never
 *       returned). Parameters may also come as an {@code application/x-www-form-urlencoded} body.
 *   <li>{@code DELETE /patrons/{id}}: 204 and the patron is soft-deleted (404 on get, not listed, not
 *       counted); 400 {@code {"error": "Patron has active checkouts"}} for {@value
 *       #PATRON_WITH_CHECKOUTS} (Marcus Aurelius). {@code PATCH /patrons/{id}} restores a deleted
 *       patron (200 with it); 404 when it never existed, 400 when it is not deleted, 409 when its
 *       email or barcode has since been given to another patron (as Libib documents).
 *   <li>Libib's rate limit (one request every 2 s) is off; {@link #libibRateLimit(Duration)} turns
 *       it on (429 with {@code Retry-After} in seconds).
 * </ul>
 *
 * <h2>ActivePlatform ({@link #activePlatformBaseUrl()})</h2>
 * <ul>
 *   <li>{@code GET /api/v3/resellers/{reseller_id}/managers?page[size]=S&page[number]=N} (the
 *       brackets may come percent-encoded); {@code X-Api-Token: }{@value #ACTIVEPLATFORM_API_TOKEN}
 *       required (else 401), {@code Accept} must allow {@code application/vnd.api+json} (else 406;
 *       a missing {@code Accept} allows anything). {@code Content-Type} is not checked.
 *   <li>Reseller {@value #ACTIVEPLATFORM_RESELLER_ID} has 120 managers, ids 431 to 550, the first
 *       two exactly as in the API document's response example; any other reseller gets 404.
 *   <li>{@code page[size]} defaults to 50 and must be 1 to 1000, {@code page[number]} defaults to
 *       1 and must be at least 1 (else 422 with {@code source.parameter}). A page past the end has
 *       no data.
 *   <li>Answers are {@code application/vnd.api+json}; {@code links} (self, first, prev, next,
 *       last) are absolute URLs to the sandbox as the client reached it (from the {@code Host}
 *       header), brackets percent-encoded as in the document ({@code
 *       ?page%5Bnumber%5D=2&page%5Bsize%5D=50}); prev is null on page 1, next on the last page.
 *       Errors are JSON:API documents {@code {"errors": [{"status", "code", "title", "detail"}]}}.
 * </ul>
 *
 * <h2>Assumptions where the documents are silent</h2>
 * Libib's error body shape ({@code {"error": "..."}}) and its messages, the 409 for duplicates,
 * the 405 for a method a path does not support, the answer to {@code GET /} (200 with a message),
 * the manager-seat count, and the page-size cap of ActivePlatform are the sandbox's own choices.
 * The credentials are fixed, public and meant only for the sandbox. WireMock's admin API stays
 * reachable under {@code /__admin}; do not use it to change the sandbox's stub.
 *
 * <h2>Running it on its own</h2>
 * {@link #main(String[])} starts it on a port and runs until stopped, for curl, the API documents'
 * snippets or another client: after {@code mvn -q -B install -DskipTests}, run {@code mvn -q -B -pl
 * examples exec:java -Dexec.mainClass=dev.apiclients.sandbox.Sandbox -Dexec.args=8089}.
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
  /** The port {@link #main(String[])} uses when none is given. */
  public static final int DEFAULT_PORT = 8089;

  private static final String LIBIB_PREFIX = "/libib";
  private static final String AP_PREFIX = "/activeplatform";
  private static final String LOOPBACK = "127.0.0.1";
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?");

  private final WireMockServer server;
  private final LibibSandbox libib;

  private Sandbox(int port) {
    libib = new LibibSandbox(System::nanoTime);
    Router router = new Router(libib, new ActivePlatformSandbox());
    server = new WireMockServer(wireMockConfig()
        .bindAddress(LOOPBACK)
        .port(port)
        .disableRequestJournal()
        .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
        .extensions(router));
    server.start();
    router.port = server.port();
    server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(Router.NAME)));
  }

  /**
   * Starts a sandbox on a free loopback port.
   *
   * @return the running sandbox; close it to stop it
   */
  public static Sandbox start() {
    return new Sandbox(0);
  }

  /**
   * Starts a sandbox on the given loopback port.
   *
   * @param port the port, 0 for any free one
   * @return the running sandbox; close it to stop it
   * @throws IllegalArgumentException when the port is not from 0 to 65535
   */
  public static Sandbox start(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be from 0 to 65535, was " + port);
    }
    return new Sandbox(port);
  }

  /**
   * The sandbox's root URL.
   *
   * @return such as {@code http://127.0.0.1:8089}
   */
  public String baseUrl() {
    return "http://" + LOOPBACK + ":" + server.port();
  }

  /**
   * The Libib base URL, to give {@code LibibClient.builder().baseUrl(..)}.
   *
   * @return such as {@code http://127.0.0.1:8089/libib}
   */
  public String libibBaseUrl() {
    return baseUrl() + LIBIB_PREFIX;
  }

  /**
   * The ActivePlatform base URL, to give {@code ActivePlatformClient.builder().baseUrl(..)}.
   *
   * @return such as {@code http://127.0.0.1:8089/activeplatform}
   */
  public String activePlatformBaseUrl() {
    return baseUrl() + AP_PREFIX;
  }

  /**
   * The port the sandbox listens on.
   *
   * @return the port
   */
  public int port() {
    return server.port();
  }

  /**
   * Enforces Libib's rate limit: an authenticated Libib request that comes sooner than {@code
   * minInterval} after the last one served gets 429 with {@code Retry-After} (whole seconds, at
   * least 1) and {@code {"error": "Rate limit exceeded: ..."}}. Off by default.
   *
   * @param minInterval the least time between two requests ({@code Duration.ofSeconds(2)} on
   *     Libib); {@link Duration#ZERO} turns the limit off
   * @return this sandbox
   * @throws IllegalArgumentException when minInterval is null or negative
   */
  public Sandbox libibRateLimit(Duration minInterval) {
    if (minInterval == null || minInterval.isNegative()) {
      throw new IllegalArgumentException("minInterval must be zero or positive, was " + minInterval);
    }
    libib.rateLimit(minInterval);
    return this;
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.stop();
  }

  /**
   * What {@link #main(String[])} prints: the base URLs, the credentials the sandbox accepts and
   * ready-to-paste curl commands.
   *
   * @return the banner, several lines
   */
  public String banner() {
    return String.join(System.lineSeparator(),
        "Libib and ActivePlatform sandbox listening on " + baseUrl() + " (Ctrl-C to stop)",
        "",
        "Libib           base URL      " + libibBaseUrl(),
        "                x-api-key     " + LIBIB_API_KEY,
        "                x-api-user    " + LIBIB_API_USER,
        "ActivePlatform  base URL      " + activePlatformBaseUrl(),
        "                X-Api-Token   " + ACTIVEPLATFORM_API_TOKEN,
        "                reseller id   " + ACTIVEPLATFORM_RESELLER_ID,
        "",
        "Try:",
        "  curl -s -H 'x-api-key: " + LIBIB_API_KEY + "' -H 'x-api-user: " + LIBIB_API_USER + "' '"
            + libibBaseUrl() + "/patrons?page=1'",
        "  curl -s -H 'x-api-key: " + LIBIB_API_KEY + "' -H 'x-api-user: " + LIBIB_API_USER + "' -X POST '"
            + libibBaseUrl() + "/patrons?first_name=Ada&last_name=Lovelace&email=ada%40example.com'",
        "  curl -s -H 'X-Api-Token: " + ACTIVEPLATFORM_API_TOKEN + "' -H 'Accept: application/vnd.api+json' '"
            + activePlatformBaseUrl() + "/api/v3/resellers/" + ACTIVEPLATFORM_RESELLER_ID
            + "/managers?page%5Bsize%5D=2&page%5Bnumber%5D=1'");
  }

  /**
   * Runs a sandbox until the JVM is stopped (Ctrl-C), after printing its {@link #banner()}.
   *
   * @param args an optional port (default {@value #DEFAULT_PORT}; 0 for any free port)
   * @throws InterruptedException if interrupted while running
   */
  public static void main(String[] args) throws InterruptedException {
    try {
      parsePort(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("Usage: Sandbox [port]   (default " + DEFAULT_PORT + ", 0 for any free port)");
      System.exit(2);
    }
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop.countDown();
      try {
        stopped.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "sandbox-shutdown"));
    try {
      run(args, System.out, stop);
    } finally {
      stopped.countDown();
    }
  }

  /**
   * What {@link #main(String[])} does, with its output and its stop signal handed in: starts a
   * sandbox on the port in {@code args}, prints the banner to {@code out}, waits for {@code stop},
   * then stops the sandbox.
   *
   * @throws IllegalArgumentException when the argument is not a port
   */
  static void run(String[] args, PrintStream out, CountDownLatch stop) throws InterruptedException {
    int port = parsePort(args);
    try (Sandbox sandbox = start(port)) {
      out.println(sandbox.banner());
      out.flush();
      stop.await();
    }
  }

  private static int parsePort(String[] args) {
    if (args.length == 0) {
      return DEFAULT_PORT;
    }
    if (args.length > 1) {
      throw new IllegalArgumentException("expected at most one argument, the port; got " + args.length);
    }
    try {
      int port = Integer.parseInt(args[0].strip());
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("port must be a number from 0 to 65535, was '" + args[0] + "'");
  }

  /** Sends every request to the API it belongs to and turns the answer into a WireMock response. */
  private static final class Router implements ResponseDefinitionTransformerV2 {
    static final String NAME = "apiclients-sandbox";
    private final LibibSandbox libib;
    private final ActivePlatformSandbox activePlatform;
    volatile int port;

    Router(LibibSandbox libib, ActivePlatformSandbox activePlatform) {
      this.libib = libib;
      this.activePlatform = activePlatform;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      Request request = event.getRequest();
      String url = request.getUrl();
      SandboxResponse response;
      try {
        if (under(url, LIBIB_PREFIX)) {
          response = libib.handle(parse(request, LIBIB_PREFIX));
        } else if (under(url, AP_PREFIX)) {
          String host = request.getHeader("Host");
          String authority = host != null && HOST.matcher(host).matches() ? host : LOOPBACK + ":" + port;
          response = activePlatform.handle(parse(request, AP_PREFIX), "http://" + authority + AP_PREFIX);
        } else {
          response = SandboxResponse.json(404, Map.of("error", "Not found: the sandbox serves Libib under "
              + LIBIB_PREFIX + " and ActivePlatform under " + AP_PREFIX));
        }
      } catch (IllegalArgumentException e) {
        response = SandboxResponse.json(400, Map.of("error", "Malformed request URL: " + e.getMessage()));
      }
      ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition().withStatus(response.status());
      response.headers().forEach(builder::withHeader);
      if (response.body().length > 0) {
        builder.withBody(response.body());
      }
      return builder.build();
    }

    private static boolean under(String url, String prefix) {
      return url.equals(prefix) || url.startsWith(prefix + "/") || url.startsWith(prefix + "?");
    }

    private static SandboxRequest parse(Request request, String prefix) {
      ContentTypeHeader contentType = request.contentTypeHeader();
      String form = contentType != null && contentType.isPresent()
          && "application/x-www-form-urlencoded".equalsIgnoreCase(contentType.mimeTypePart())
          ? request.getBodyAsString() : null;
      Function<String, String> headers = name -> {
        HttpHeader header = request.header(name);
        if (header == null || !header.isPresent()) {
          return null;
        }
        List<String> values = header.values();
        return String.join(",", values);
      };
      return SandboxRequest.parse(request.getMethod().getName(), request.getUrl(), prefix, form, headers);
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public String getName() {
      return NAME;
    }
  }
}
