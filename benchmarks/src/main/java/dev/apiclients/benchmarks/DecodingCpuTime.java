package dev.apiclients.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The decoding benchmarks' three decoders measured by the CPU time of the calling thread, in
 * interleaved rounds, for a machine too busy for wall-clock figures: a thread's CPU time does not
 * count the time it waits for a core. Prints the median microseconds per decode and the ratios.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar dev.apiclients.benchmarks.DecodingCpuTime [rounds]}.
 */
public final class DecodingCpuTime {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private DecodingCpuTime() {}

  /**
   * Runs the comparison.
   *
   * @param args the number of measured rounds (default 30)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    JsonApiDecodingBenchmark small = new JsonApiDecodingBenchmark();
    small.size = 50;
    small.setUp();
    JsonApiDecodingBenchmark large = new JsonApiDecodingBenchmark();
    large.size = 1000;
    large.setUp();
    IncludedDecodingBenchmark included = new IncludedDecodingBenchmark();
    included.setUp();
    compare("50 managers", rounds, 200, Map.of("converter", small::converter, "treeWalkDecoder",
        small::treeWalkDecoder, "javaTimeTreeWalk", small::javaTimeTreeWalk));
    compare("1,000 managers", rounds, 10, Map.of("converter", large::converter, "treeWalkDecoder",
        large::treeWalkDecoder, "javaTimeTreeWalk", large::javaTimeTreeWalk));
    compare("1,000 subscriptions with 120 includes", rounds, 10, Map.of("converter", included::converter,
        "treeWalkDecoder", included::treeWalkDecoder, "javaTimeTreeWalk", included::javaTimeTreeWalk));
  }

  private static void compare(String what, int rounds, int perRound, Map<String, Supplier<?>> decoders) {
    Map<String, Supplier<?>> ordered = new LinkedHashMap<>();
    for (String name : new String[] {"converter", "treeWalkDecoder", "javaTimeTreeWalk"}) {
      ordered.put(name, decoders.get(name));
    }
    for (int warm = 0; warm < 20; warm++) {
      ordered.values().forEach(decoder -> run(decoder, perRound));
    }
    Map<String, double[]> micros = new LinkedHashMap<>();
    ordered.keySet().forEach(name -> micros.put(name, new double[rounds]));
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, Supplier<?>> decoder : ordered.entrySet()) {
        micros.get(decoder.getKey())[round] = run(decoder.getValue(), perRound) / 1000.0 / perRound;
      }
    }
    double converter = median(micros.get("converter"));
    StringBuilder line = new StringBuilder(what).append(": ");
    micros.forEach((name, values) -> line.append(String.format("%s %.1f µs (%.2fx)  ", name, median(values),
        converter / median(values))));
    System.out.println(line.toString().strip());
  }

  private static long run(Supplier<?> decoder, int times) {
    long start = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < times; i++) {
      if (decoder.get() == null) {
        throw new IllegalStateException();
      }
    }
    return THREADS.getCurrentThreadCpuTime() - start;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
