package dev.apiclients.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names an API call's observation and its key values; implement it to change them, and pass it to
 * {@link ObservationCallListener#create(io.micrometer.observation.ObservationRegistry,
 * ApiCallObservationConvention)}. {@link DefaultApiCallObservationConvention} is the default.
 */
public interface ApiCallObservationConvention extends ObservationConvention<ApiCallContext> {

  @Override
  default boolean supportsContext(Observation.Context context) {
    return context instanceof ApiCallContext;
  }
}
