package dev.apiclients.benchmarks;

import dev.apiclients.activeplatform.ActivePlatformClient;
import dev.apiclients.activeplatform.Manager;
import dev.apiclients.libib.LibibClient;
import dev.apiclients.libib.Patron;
import dev.apiclients.micrometer.ObservationCallListener;
import io.micrometer.observation.ObservationRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CPU one call costs on the calling thread, with the network taken out: the same calls as
 * {@link RequestOverheadBenchmark}, but every request is answered at once, on the calling thread,
 * by a {@link CannedHttpClient}. What is left is request building, the transport's checks,
 * Feign and decoding, against the bare HttpClient-plus-Jackson code doing the same. Single-threaded
 * and socket-free, it is far steadier than the loopback figures, and it shows where the SDK's
 * time goes when the machine is busy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ClientCpuBenchmark {

  private static final String LIBIB = "https://api.libib.com";
  private static final String ACTIVE_PLATFORM = "https://cp.example.com";

  private LibibClient libib;
  private LibibClient observedLibib;
  private ActivePlatformClient activePlatform;
  private RawClient rawLibib;
  private RawClient rawActivePlatform;

  /** Builds the clients over canned transports. */
  @Setup
  public void setUp() {
    byte[] patron = Fixtures.patron(1).getBytes(StandardCharsets.UTF_8);
    byte[] page = Fixtures.managerPage(ACTIVE_PLATFORM + "/api/v3/resellers/1/managers", 1, 50, 3)
        .getBytes(StandardCharsets.UTF_8);
    CannedHttpClient libibHttp = new CannedHttpClient("application/json", uri -> patron);
    CannedHttpClient activePlatformHttp = new CannedHttpClient("application/vnd.api+json", uri -> page);
    libib = LibibClient.builder().baseUrl(LIBIB).apiKey("bench-key").apiUser("bench-user")
        .requestInterval(Duration.ZERO).transport(libibHttp).build();
    // A registry that creates and runs real observations, with one handler that keeps nothing: what
    // the listener itself costs, without any metrics or tracing backend.
    ObservationRegistry registry = ObservationRegistry.create();
    registry.observationConfig().observationHandler(context -> true);
    observedLibib = LibibClient.builder().baseUrl(LIBIB).apiKey("bench-key").apiUser("bench-user")
        .requestInterval(Duration.ZERO).transport(libibHttp)
        .callListener(ObservationCallListener.create(registry)).build();
    activePlatform = ActivePlatformClient.builder().baseUrl(ACTIVE_PLATFORM).apiToken("bench-token")
        .transport(activePlatformHttp).build();
    rawLibib = new RawClient(libibHttp);
    rawActivePlatform = new RawClient(activePlatformHttp);
  }

  /** Libib getPatronById through the SDK. */
  @Benchmark
  public Patron libibGetPatronSdk() {
    return libib.patrons().getPatronById("2020000000001");
  }

  /** Libib getPatronById through the SDK, observed by Micrometer's Observation API. */
  @Benchmark
  public Patron libibGetPatronSdkObserved() {
    return observedLibib.patrons().getPatronById("2020000000001");
  }

  /** The same call with HttpClient plus Jackson. */
  @Benchmark
  public Patron libibGetPatronRaw() {
    return rawLibib.get(RawModels.RawPatron.class, LIBIB + "/patrons/2020000000001",
        "x-api-key", "bench-key", "x-api-user", "bench-user").toPatron();
  }

  /** One ActivePlatform page of 50 managers through the SDK. */
  @Benchmark
  public List<Manager> activePlatformPageSdk() {
    return activePlatform.managers().getManagersPage(1, 50, 1).managers();
  }

  /** The same page with HttpClient plus a Jackson tree walk. */
  @Benchmark
  public List<Manager> activePlatformPageRaw() {
    byte[] body = rawActivePlatform.get(ACTIVE_PLATFORM + "/api/v3/resellers/1/managers?page%5Bsize%5D=50&page%5Bnumber%5D=1",
        "X-Api-Token", "bench-token", "Accept", "application/vnd.api+json", "Content-Type", "application/vnd.api+json");
    return RawModels.managersFromBody(body);
  }
}
