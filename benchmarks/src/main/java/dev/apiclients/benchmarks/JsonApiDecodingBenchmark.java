package dev.apiclients.benchmarks;

import dev.apiclients.activeplatform.Manager;
import dev.apiclients.activeplatform.ActivePlatformClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding one ActivePlatform page of 50 or 1,000 managers: the public client answered by a
 * {@link CannedHttpClient} on the calling thread (its generic JSON:API decoder, to the public
 * records) versus a plain Jackson tree walk to the same records. No network.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class JsonApiDecodingBenchmark {

  /** Managers in the page. */
  @Param({"50", "1000"})
  public int size;

  private byte[] body;
  private ActivePlatformClient client;

  /** Builds the page body and a client that gets it without a network. */
  @Setup
  public void setUp() {
    body = Fixtures.managerPage("https://cp.example.com/api/v3/resellers/1/managers", 1, size, 3)
        .getBytes(StandardCharsets.UTF_8);
    client = ActivePlatformClient.builder().baseUrl("https://cp.example.com").apiToken("bench-token")
        .transport(new CannedHttpClient("application/vnd.api+json", uri -> body)).build();
  }

  /** The public client: one page request, answered at once, decoded by the generic JSON:API path. */
  @Benchmark
  public List<Manager> sdkDecoder() {
    return client.managers().getManagersPage(1, size, 1).managers();
  }

  /** A plain Jackson tree walk to the same records. */
  @Benchmark
  public List<Manager> jacksonTreeWalk() {
    return RawModels.managersFromBody(body);
  }
}
