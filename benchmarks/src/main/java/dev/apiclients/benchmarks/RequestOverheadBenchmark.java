package dev.apiclients.benchmarks;

import dev.apiclients.activeplatform.ActivePlatformClient;
import dev.apiclients.activeplatform.Manager;
import dev.apiclients.libib.LibibClient;
import dev.apiclients.libib.Patron;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One request through the SDK versus the same request with a bare JDK HttpClient plus Jackson,
 * against an in-process loopback server: Libib {@code getPatronById} and one ActivePlatform page
 * of 50 managers. Pacing is off; everything else (retry policy, origin check, logging hooks,
 * error mapping) is as a user gets it. The long warm-up (30 s) matters: client, server and JIT
 * share the cores, the SDK path has more code to compile, and shorter warm-ups measured
 * compilation, not steady state. Three forks, because one JVM can run either side some 20% slow
 * for its whole life.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(3)
public class RequestOverheadBenchmark {

  private LoopbackServer server;
  private LibibClient libib;
  private ActivePlatformClient activePlatform;
  private RawClient raw;
  private String patronUrl;
  private String managersUrl;

  /** Starts the server and the clients. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = new LoopbackServer(3);
    libib = LibibClient.builder().baseUrl(server.libibBaseUrl()).apiKey("bench-key").apiUser("bench-user")
        .requestInterval(Duration.ZERO).build();
    activePlatform = ActivePlatformClient.builder().baseUrl(server.activePlatformBaseUrl()).apiToken("bench-token").build();
    raw = new RawClient();
    patronUrl = server.libibBaseUrl() + "/patrons/2020000000001";
    managersUrl = server.activePlatformBaseUrl() + "/api/v3/resellers/1/managers?page%5Bsize%5D=50&page%5Bnumber%5D=1";
  }

  /** Stops the server. */
  @TearDown(Level.Trial)
  public void tearDown() {
    server.close();
  }

  /** Libib getPatronById through the SDK. */
  @Benchmark
  public Patron libibGetPatronSdk() {
    return libib.patrons().getPatronById("2020000000001");
  }

  /** The same request with HttpClient plus Jackson. */
  @Benchmark
  public Patron libibGetPatronRaw() {
    return raw.get(RawModels.RawPatron.class, patronUrl, "x-api-key", "bench-key", "x-api-user", "bench-user").toPatron();
  }

  /** One ActivePlatform page of 50 managers through the SDK (jsonapi-converter). */
  @Benchmark
  public List<Manager> activePlatformPageSdk() {
    return activePlatform.managers().getManagersPage(1, 50, 1).managers();
  }

  /** The same page with HttpClient plus a Jackson tree walk. */
  @Benchmark
  public List<Manager> activePlatformPageRaw() {
    byte[] body = raw.get(managersUrl, "X-Api-Token", "bench-token", "Accept", "application/vnd.api+json",
        "Content-Type", "application/vnd.api+json");
    return RawModels.managersFromBody(body);
  }
}
