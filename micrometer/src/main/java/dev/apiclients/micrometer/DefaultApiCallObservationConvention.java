package dev.apiclients.micrometer;

import dev.apiclients.http.observation.CallInfo;
import dev.apiclients.http.observation.CallOutcome;
import dev.apiclients.http.observation.CallResult;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default names: observation {@value #NAME} (a timer {@code apiclients.call} and a span per
 * call), contextual name the operation (such as {@code libib.patrons.get}); low-cardinality keys
 * {@code client}, {@code operation}, {@code method}, {@code uri} (the URL template), {@code status}
 * (the last HTTP status, {@code NONE} without a response) and {@code outcome} ({@code SUCCESS},
 * {@code ERROR}, {@code OUTCOME_UNKNOWN}); high-cardinality {@code attempts} (spans only).
 */
public class DefaultApiCallObservationConvention implements ApiCallObservationConvention {

  /** The observation's name. */
  public static final String NAME = "apiclients.call";

  /** At most this many sets of key values are kept; more (an unusual set of URL templates) are built per call. */
  private static final int MAX_CACHED = 4096;

  private final Map<LowCardinality, KeyValues> lowCardinality = new ConcurrentHashMap<>();

  /** Creates the convention. */
  public DefaultApiCallObservationConvention() {}

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public String getContextualName(ApiCallContext context) {
    return context.call().operation();
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(ApiCallContext context) {
    CallResult result = context.result();
    int status = context.result() != null ? context.result().status()
        : context.lastAttempt() != null ? context.lastAttempt().status() : -1;
    CallOutcome outcome = result == null ? null : result.outcome();
    // Few distinct sets exist (operation x status x outcome): each is built once, not twice per call.
    LowCardinality key = new LowCardinality(context.call(), status, outcome);
    KeyValues keyValues = lowCardinality.get(key);
    if (keyValues == null) {
      keyValues = KeyValues.of(
          KeyValue.of("client", key.call().client()),
          KeyValue.of("operation", key.call().operation()),
          KeyValue.of("method", key.call().method()),
          KeyValue.of("uri", key.call().urlTemplate()),
          KeyValue.of("status", status < 0 ? "NONE" : String.valueOf(status)),
          KeyValue.of("outcome", outcome == null ? "UNKNOWN" : outcome.name()));
      if (lowCardinality.size() < MAX_CACHED) {
        lowCardinality.put(key, keyValues);
      }
    }
    return keyValues;
  }

  @Override
  public KeyValues getHighCardinalityKeyValues(ApiCallContext context) {
    CallResult result = context.result();
    return result == null ? KeyValues.empty() : KeyValues.of(
        KeyValue.of("attempts", String.valueOf(result.attempts())),
        KeyValue.of("pacing.waited.ms", String.valueOf(result.pacingWaited().toMillis())));
  }

  /** What the low-cardinality key values of a call are made of. */
  private record LowCardinality(CallInfo call, int status, CallOutcome outcome) {}
}
