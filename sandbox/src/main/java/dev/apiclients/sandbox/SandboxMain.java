package dev.apiclients.sandbox;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link Sandbox} on its own, for curl, scripts in other languages or a program under
 * development: {@code mvn -B -q -pl sandbox exec:java} (after {@code mvn -B -q install
 * -DskipTests}), or {@code java -cp ... dev.apiclients.sandbox.SandboxMain 8089}. It prints the
 * base URLs, the credentials it accepts and ready-to-paste curl commands, then serves until stopped
 * (Ctrl-C).
 */
public final class SandboxMain {

  /** The port used when none is given. */
  public static final int DEFAULT_PORT = 8089;

  private SandboxMain() {}

  /**
   * Runs a sandbox until the JVM is stopped (Ctrl-C), after printing its banner.
   *
   * @param args an optional port (default {@value #DEFAULT_PORT}; 0 for any free port)
   * @throws InterruptedException if interrupted while running
   */
  public static void main(String[] args) throws InterruptedException {
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
    int exitCode;
    try {
      exitCode = launch(args, System.out, System.err, stop);
    } finally {
      stopped.countDown();
    }
    if (exitCode != 0) {
      System.exit(exitCode);
    }
  }

  /**
   * What {@link #main(String[])} does, returning the exit code: 0 after serving until {@code stop},
   * 2 for a bad argument or a port in use (a short message on {@code err}, no stack trace).
   */
  static int launch(String[] args, PrintStream out, PrintStream err, CountDownLatch stop) throws InterruptedException {
    try {
      run(args, out, stop);
      return 0;
    } catch (Sandbox.PortInUseException e) {
      int port = parsePort(args);
      int other = port == 65535 ? DEFAULT_PORT : port + 1;
      err.println(e.getMessage() + ": stop what uses it, or pick another port, such as SandboxMain " + other
          + " (0 for any free one; with Maven -Dexamples.args=" + other + ")");
      return 2;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println("Usage: SandboxMain [port]   (default " + DEFAULT_PORT + ", 0 for any free port)");
      return 2;
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
    try (Sandbox sandbox = Sandbox.start(port)) {
      out.println(banner(sandbox));
      out.flush();
      stop.await();
    }
  }

  /** The base URLs, the credentials the sandbox accepts and ready-to-paste curl commands. */
  static String banner(Sandbox sandbox) {
    String libibAuth = "-H 'x-api-key: " + Sandbox.LIBIB_API_KEY + "' -H 'x-api-user: " + Sandbox.LIBIB_API_USER + "'";
    return String.join(System.lineSeparator(),
        "Libib and ActivePlatform sandbox listening on " + sandbox.baseUrl() + " (Ctrl-C to stop)",
        "",
        "Libib           base URL      " + sandbox.libibBaseUrl(),
        "                x-api-key     " + Sandbox.LIBIB_API_KEY,
        "                x-api-user    " + Sandbox.LIBIB_API_USER,
        "ActivePlatform  base URL      " + sandbox.activePlatformBaseUrl(),
        "                X-Api-Token   " + Sandbox.ACTIVEPLATFORM_API_TOKEN,
        "                reseller id   " + Sandbox.ACTIVEPLATFORM_RESELLER_ID,
        "",
        "Try:",
        "  curl -s " + libibAuth + " '" + sandbox.libibBaseUrl() + "/patrons?page=1'",
        "  curl -s " + libibAuth + " -X POST '" + sandbox.libibBaseUrl()
            + "/patrons?first_name=Ada&last_name=Lovelace&email=ada%40example.com'",
        "  curl -s -H 'X-Api-Token: " + Sandbox.ACTIVEPLATFORM_API_TOKEN + "' -H 'Accept: application/vnd.api+json' '"
            + sandbox.activePlatformBaseUrl() + "/api/v3/resellers/" + Sandbox.ACTIVEPLATFORM_RESELLER_ID
            + "/managers?page%5Bsize%5D=2&page%5Bnumber%5D=1'",
        "  curl -s -H 'X-Api-Token: " + Sandbox.ACTIVEPLATFORM_API_TOKEN + "' -H 'Accept: application/vnd.api+json' '"
            + sandbox.activePlatformBaseUrl() + "/api/v3/resellers/" + Sandbox.ACTIVEPLATFORM_RESELLER_ID
            + "/orders?sort=-created_at&include=charges&page%5Bsize%5D=2'");
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
}
