package dev.apiclients.modulecheck;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.apiclients.activeplatform.ActivePlatformClient;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.libib.LibibClient;
import dev.apiclients.libib.Patron;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.module.ModuleDescriptor;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs both clients on the module path against a loopback server, then checks that the modules
 * are explicit (not automatic), export only their public packages, and keep their {@code
 * internal} packages closed to this module. Exits non-zero on the first thing that is wrong.
 */
public final class ModulePathCheck {

  private static final String PATRONS = """
      {"total": 1, "pages": 1, "patrons": [
        {"barcode": "12345", "first_name": "Mary", "last_name": "Shelley", "email": "mary@example.com"}]}""";
  private static final String MANAGERS = """
      {"data": [{"id": "431", "type": "managers", "attributes": {"name": "Brendon Leannon",
        "email": "carter81@example.net", "created_at": "2021-01-05T05:28:48.804+03:00"}}],
       "links": {"next": null}}""";

  private ModulePathCheck() {}

  /**
   * Runs the check.
   *
   * @param args none
   * @throws Exception on the first failure
   */
  public static void main(String[] args) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/libib/patrons", exchange -> answer(exchange, 200, PATRONS));
    server.createContext("/libib/managers", exchange -> answer(exchange, 404, "{\"error\": \"manager not found\"}"));
    server.createContext("/activeplatform/api/v3/resellers/1/managers", exchange -> answer(exchange, 200, MANAGERS));
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    try {
      callBothClients(base);
    } finally {
      server.stop(0);
    }
    checkModule("dev.apiclients.http", Set.of("dev.apiclients.http", "dev.apiclients.http.decoding",
        "dev.apiclients.http.observation", "dev.apiclients.http.paging"));
    checkModule("dev.apiclients.libib", Set.of("dev.apiclients.libib"));
    checkModule("dev.apiclients.activeplatform", Set.of("dev.apiclients.activeplatform"));
    checkReflectionIsRefused("dev.apiclients.libib.internal.LibibJson", "DECODER");
    System.out.println("Module path: both clients work, and their internal packages are closed.");
  }

  private static void callBothClients(String base) {
    try (LibibClient libib = LibibClient.builder().baseUrl(base + "/libib").apiKey("key").apiUser("user")
        .requestInterval(Duration.ZERO).retryPolicy(RetryPolicy.none()).build();
        ActivePlatformClient ap = ActivePlatformClient.builder().baseUrl(base + "/activeplatform")
            .apiToken("token").retryPolicy(RetryPolicy.none()).build()) {
      List<Patron> patrons = libib.patrons().getPatrons();
      require(patrons.size() == 1 && "Shelley".equals(patrons.get(0).lastName()), "Libib patrons: " + patrons);
      require(libib.managers().findManager("nobody@example.com").isEmpty(), "a 404 manager is not empty");
      var managers = ap.managers().getManagers(1);
      require(managers.size() == 1 && "carter81@example.net".equals(managers.get(0).email()),
          "ActivePlatform managers: " + managers);
    }
  }

  private static void checkModule(String name, Set<String> exported) {
    Module module = ModuleLayer.boot().findModule(name)
        .orElseThrow(() -> new IllegalStateException(name + " is not on the module path"));
    ModuleDescriptor descriptor = module.getDescriptor();
    require(!descriptor.isAutomatic() && !descriptor.isOpen(), name + " is automatic or open");
    Set<String> actual = new TreeSet<>();
    descriptor.exports().forEach(export -> {
      require(!export.isQualified(), name + " exports " + export.source() + " to some modules only");
      actual.add(export.source());
    });
    require(actual.equals(new TreeSet<>(exported)), name + " exports " + actual + ", expected " + exported);
    Module self = ModulePathCheck.class.getModule();
    for (String pkg : module.getPackages()) {
      if (pkg.contains(".internal")) {
        require(!module.isExported(pkg, self) && !module.isOpen(pkg, self), name + " lets " + pkg + " be read");
      }
    }
  }

  private static void checkReflectionIsRefused(String className, String publicStaticField) throws Exception {
    Class<?> internal = Class.forName(className);
    try {
      internal.getField(publicStaticField).get(null);
    } catch (IllegalAccessException expected) {
      return;
    }
    throw new IllegalStateException(className + "." + publicStaticField + " could be read from outside its module");
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void require(boolean condition, String failure) {
    if (!condition) {
      throw new IllegalStateException(failure);
    }
  }
}
