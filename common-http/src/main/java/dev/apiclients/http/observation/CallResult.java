package dev.apiclients.http.observation;

import java.time.Duration;

/**
 * How a call ended.
 *
 * @param outcome success, error, or a write whose fate is unknown
 * @param status the last HTTP status received, or {@code -1} when none arrived
 * @param attempts how many attempts were sent (0 when the call failed before sending)
 * @param duration the whole call: pacing waits, attempts, retry waits and decoding
 * @param pacingWaited the total time spent waiting for pacing slots
 * @param errorType the simple name of the exception the caller gets, such as {@code
 *     NotFoundException}, or {@code null} on success
 * @param error the exception the caller gets (its message is masked), or {@code null} on success
 */
public record CallResult(
    CallOutcome outcome, int status, int attempts, Duration duration, Duration pacingWaited, String errorType,
    Throwable error) {}
