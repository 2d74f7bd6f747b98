package dev.apiclients.benchmarks;

import dev.apiclients.activeplatform.Manager;
import dev.apiclients.activeplatform.internal.JsonApiDecoder;
import dev.apiclients.benchmarks.treewalk.TreeWalkDecoder;
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
 * Decoding one ActivePlatform page of 50 or 1,000 managers, body to public records, no network:
 * the client's decoder (jsonapi-converter behind its pre-step), the generic tree-walk decoder it
 * replaced ({@link TreeWalkDecoder}, kept here for comparison), and a hand-written Jackson tree walk
 * that parses timestamps with {@code java.time}.
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

  /** Builds the page body. */
  @Setup
  public void setUp() {
    body = Fixtures.managerPage("https://cp.example.com/api/v3/resellers/1/managers", 1, size, 3)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The client's decoder: pre-step, jsonapi-converter, DTOs mapped to records. */
  @Benchmark
  public List<Manager> converter() {
    return JsonApiDecoder.decodeList(body, Manager.class).data();
  }

  /** The generic tree-walk decoder the client used before. */
  @Benchmark
  public List<Manager> treeWalkDecoder() {
    return TreeWalkDecoder.decodeList(body, Manager.class).data();
  }

  /** A hand-written Jackson tree walk to the same records, timestamps by {@code OffsetDateTime.parse}. */
  @Benchmark
  public List<Manager> javaTimeTreeWalk() {
    return RawModels.managersFromBody(body);
  }
}
