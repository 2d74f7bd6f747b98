package dev.apiclients.http.observation;

/** Why a call was sent again. */
public enum RetryReason {
  /** The server answered 429 Too Many Requests (or a status the client reads as that). */
  RATE_LIMITED,
  /** The server answered with a 5xx status. */
  SERVER_ERROR,
  /** No response arrived: the connection was refused, reset or timed out. */
  CONNECTION_FAILURE
}
