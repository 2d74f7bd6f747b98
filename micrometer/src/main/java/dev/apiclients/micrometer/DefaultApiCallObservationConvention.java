package dev.apiclients.micrometer;

import dev.apiclients.http.observation.CallResult;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

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
    return KeyValues.of(
        KeyValue.of("client", context.call().client()),
        KeyValue.of("operation", context.call().operation()),
        KeyValue.of("method", context.call().method()),
        KeyValue.of("uri", context.call().urlTemplate()),
        KeyValue.of("status", status(context)),
        KeyValue.of("outcome", result == null ? "UNKNOWN" : result.outcome().name()));
  }

  @Override
  public KeyValues getHighCardinalityKeyValues(ApiCallContext context) {
    CallResult result = context.result();
    return result == null ? KeyValues.empty() : KeyValues.of(
        KeyValue.of("attempts", String.valueOf(result.attempts())),
        KeyValue.of("pacing.waited.ms", String.valueOf(result.pacingWaited().toMillis())));
  }

  private static String status(ApiCallContext context) {
    int status = context.result() != null ? context.result().status()
        : context.lastAttempt() != null ? context.lastAttempt().status() : -1;
    return status < 0 ? "NONE" : String.valueOf(status);
  }
}
