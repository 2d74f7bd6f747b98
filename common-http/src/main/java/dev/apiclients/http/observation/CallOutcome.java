package dev.apiclients.http.observation;

/** How a call ended, for the {@code outcome} tag of metrics. */
public enum CallOutcome {
  /** The operation succeeded. */
  SUCCESS,
  /** The operation failed: an error response, no response, or a response that could not be read. */
  ERROR,
  /**
   * A write failed in a way that leaves its fate unknown: the server may have acted on it (see
   * {@link dev.apiclients.http.ApiConnectionException#outcomeUnknown()}).
   */
  OUTCOME_UNKNOWN
}
