package dev.apiclients.examples.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.concurrent.CountDownLatch;

/**
 * An embedded sandbox that behaves like both APIs, so the examples (and your own code) run
 * offline: an in-process WireMock server on a loopback port, with Libib under {@code /libib} and
 * ActivePlatform under {@code /activeplatform}. It is stateful: a patron or manager created is
 * then listed and fetched, an update changes it, a delete removes it (404 after), a restore brings
 * a patron back. It holds the managers of Libib's documents, 137 patrons (3 pages of 50) and 120
 * ActivePlatform managers of reseller 1 (3 pages of 50).
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start()) {
 *   LibibClient libib = LibibClient.builder().baseUrl(sandbox.libibBaseUrl())
 *       .apiKey(Sandbox.LIBIB_API_KEY).apiUser(Sandbox.LIBIB_API_USER).build();
 * }
 * }</pre>
 *
 * <p>Run it on its own with {@link #main(String[])} to point curl or another client at it.
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
  /** A patron with active checkouts: deleting it answers 400, as Libib does. */
  public static final String PATRON_WITH_CHECKOUTS = "2020000000037";
  /** The default port of {@link #main(String[])}. */
  public static final int DEFAULT_PORT = 8089;

  private static final String LIBIB_PREFIX = "/libib";
  private static final String AP_PREFIX = "/activeplatform";

  private final WireMockServer server;

  private Sandbox(int port) {
    LibibSandbox libib = new LibibSandbox();
    ActivePlatformSandbox activePlatform = new ActivePlatformSandbox();
    server = new WireMockServer(wireMockConfig()
        .bindAddress("127.0.0.1")
        .port(port)
        .disableRequestJournal()
        .extensions(new Router(libib, activePlatform)));
    server.start();
    server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(Router.NAME)));
  }

  /** Starts a sandbox on a random free loopback port. */
  public static Sandbox start() {
    return new Sandbox(0);
  }

  /** Starts a sandbox on the given loopback port (0 for any free port). */
  public static Sandbox start(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
    return new Sandbox(port);
  }

  /** The sandbox's root URL, such as {@code http://127.0.0.1:8089}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** The Libib base URL to give {@code LibibClient.builder().baseUrl(..)}. */
  public String libibBaseUrl() {
    return baseUrl() + LIBIB_PREFIX;
  }

  /** The ActivePlatform base URL to give {@code ActivePlatformClient.builder().baseUrl(..)}. */
  public String activePlatformBaseUrl() {
    return baseUrl() + AP_PREFIX;
  }

  /** The port the sandbox listens on. */
  public int port() {
    return server.port();
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.stop();
  }

  /**
   * Runs the sandbox until stopped (Ctrl-C), printing its URLs, the credentials it accepts and
   * ready-to-paste curl commands.
   *
   * @param args an optional port (default {@value #DEFAULT_PORT})
   */
  public static void main(String[] args) throws InterruptedException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PORT;
    Sandbox sandbox = start(port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      stopped.countDown();
    }));
    System.out.println(describe(sandbox));
    stopped.await();
  }

  /** The banner {@link #main(String[])} prints: URLs, credentials, curl commands. */
  public static String describe(Sandbox sandbox) {
    return String.join(System.lineSeparator(),
        "Sandbox running (Ctrl-C to stop)",
        "  Libib:          " + sandbox.libibBaseUrl(),
        "                  x-api-key: " + LIBIB_API_KEY + "   x-api-user: " + LIBIB_API_USER,
        "  ActivePlatform: " + sandbox.activePlatformBaseUrl() + "   (reseller " + ACTIVEPLATFORM_RESELLER_ID + ")",
        "                  X-Api-Token: " + ACTIVEPLATFORM_API_TOKEN,
        "Try:",
        "  curl -H 'x-api-key: " + LIBIB_API_KEY + "' -H 'x-api-user: " + LIBIB_API_USER + "' '"
            + sandbox.libibBaseUrl() + "/patrons?page=1'",
        "  curl -g -H 'X-Api-Token: " + ACTIVEPLATFORM_API_TOKEN + "' -H 'Accept: application/vnd.api+json' '"
            + sandbox.activePlatformBaseUrl() + "/api/v3/resellers/1/managers?page[size]=2&page[number]=1'");
  }

  /** Sends every request to the API it belongs to. */
  private static final class Router implements ResponseDefinitionTransformerV2 {
    static final String NAME = "apiclients-sandbox";
    private final LibibSandbox libib;
    private final ActivePlatformSandbox activePlatform;

    Router(LibibSandbox libib, ActivePlatformSandbox activePlatform) {
      this.libib = libib;
      this.activePlatform = activePlatform;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      Request request = event.getRequest();
      String url = request.getUrl();
      String method = request.getMethod().getName();
      SandboxResponse response;
      if (url.equals(LIBIB_PREFIX) || url.startsWith(LIBIB_PREFIX + "/") || url.startsWith(LIBIB_PREFIX + "?")) {
        response = libib.handle(SandboxRequest.parse(method, url, LIBIB_PREFIX, request::getHeader));
      } else if (url.startsWith(AP_PREFIX + "/")) {
        String host = request.getHeader("Host");
        String publicBase = "http://" + (host == null ? "127.0.0.1" : host) + AP_PREFIX;
        response = activePlatform.handle(SandboxRequest.parse(method, url, AP_PREFIX, request::getHeader), publicBase);
      } else {
        response = SandboxResponse.json(404, java.util.Map.of("error",
            "Unknown path: the sandbox serves Libib under " + LIBIB_PREFIX + " and ActivePlatform under " + AP_PREFIX));
      }
      ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition().withStatus(response.status());
      if (response.contentType() != null) {
        builder.withHeader("Content-Type", response.contentType() + "; charset=utf-8");
      }
      if (!response.body().isEmpty()) {
        builder.withBody(response.body());
      }
      return builder.build();
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
