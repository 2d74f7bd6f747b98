package dev.apiclients.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An in-process loopback HTTP/1.1 server (the JDK's {@code com.sun.net.httpserver}) that serves
 * Libib- and ActivePlatform-shaped responses for the benchmarks. Pages are generated per request,
 * so serving 2,000 pages does not hold them in memory.
 */
public final class LoopbackServer implements AutoCloseable {

  static {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs
    // (about 40 ms a response), which would swamp what the benchmarks compare.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** Patrons per Libib page, as Libib serves them. */
  public static final int PATRONS_PER_PAGE = 50;

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final int patronPages;
  private final byte[] onePatron;

  /**
   * Starts the server on a random loopback port.
   *
   * @param patronPages how many pages of 50 patrons {@code GET /libib/patrons} serves
   */
  public LoopbackServer(int patronPages) throws IOException {
    this.patronPages = patronPages;
    this.onePatron = Fixtures.patron(1).getBytes(StandardCharsets.UTF_8);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    server.setExecutor(executor);
    server.createContext("/libib/patrons", this::patrons);
    server.createContext("/activeplatform/api/v3/resellers/", this::managers);
    server.start();
  }

  /** The Libib base URL of this server. */
  public String libibBaseUrl() {
    return base() + "/libib";
  }

  /** The ActivePlatform base URL of this server. */
  public String activePlatformBaseUrl() {
    return base() + "/activeplatform";
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void patrons(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    if (path.startsWith("/libib/patrons/")) {
      send(exchange, "application/json", onePatron);
      return;
    }
    int page = Integer.parseInt(query(exchange).getOrDefault("page", "1"));
    send(exchange, "application/json",
        Fixtures.patronPage(page, patronPages, PATRONS_PER_PAGE).getBytes(StandardCharsets.UTF_8));
  }

  private void managers(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange);
    int size = Integer.parseInt(query.getOrDefault("page[size]", "50"));
    int number = Integer.parseInt(query.getOrDefault("page[number]", "1"));
    String self = activePlatformBaseUrl() + "/api/v3/resellers/1/managers";
    send(exchange, "application/vnd.api+json",
        Fixtures.managerPage(self, number, size, 3).getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, String> query(HttpExchange exchange) {
    Map<String, String> params = new HashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return params;
  }

  private static void send(HttpExchange exchange, String contentType, byte[] body) throws IOException {
    exchange.getRequestBody().readAllBytes();
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
