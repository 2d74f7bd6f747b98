package dev.apiclients.spring.boot.health;

import dev.apiclients.http.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One client's credential check with its result cached, behind the health indicators of both Spring
 * Boot generations. A probe within the cache time reuses the last result, so that health probes
 * (every few seconds on a platform) do not spend the API's rate limit; concurrent probes share one
 * check. The details hold no secret: the client's exception messages are already masked.
 */
public final class CredentialCheck {

  private final Runnable check;
  private final Map<String, Object> fixedDetails;
  private final Duration cacheTtl;
  private final Clock clock;
  private Result last;

  /**
   * A check that runs at most once per {@code cacheTtl}.
   *
   * @param check sends the request that proves the credentials, returning normally when they are
   *     accepted
   * @param fixedDetails details shown with every result, such as the reseller checked against
   * @param cacheTtl how long a result is reused; zero checks on every call
   * @param clock the clock that measures it
   */
  public CredentialCheck(Runnable check, Map<String, Object> fixedDetails, Duration cacheTtl, Clock clock) {
    this.check = Objects.requireNonNull(check, "check");
    this.fixedDetails = Map.copyOf(fixedDetails);
    this.cacheTtl = Objects.requireNonNull(cacheTtl, "cacheTtl");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (cacheTtl.isNegative()) {
      throw new IllegalArgumentException("health.cache-ttl must not be negative, was " + cacheTtl);
    }
  }

  /** The last result while it is fresh, else the result of a new check. */
  public synchronized Result result() {
    Instant now = clock.instant();
    if (last != null && now.isBefore(last.checkedAt().plus(cacheTtl))) {
      return last;
    }
    Map<String, Object> details = new LinkedHashMap<>(fixedDetails);
    boolean up;
    try {
      check.run();
      up = true;
    } catch (RuntimeException e) {
      up = false;
      details.put("error", e.getClass().getName());
      if (e instanceof ApiException api) {
        if (api.status() > 0) {
          details.put("status", api.status());
        }
        details.put("message", api.getMessage());
      }
    }
    Instant checkedAt = clock.instant();
    details.put("checkedAt", checkedAt.toString());
    last = new Result(up, checkedAt, Map.copyOf(details));
    return last;
  }

  /**
   * One check's outcome.
   *
   * @param up whether the credentials were accepted
   * @param checkedAt when the check ended
   * @param details what a health endpoint shows: {@code checkedAt}, and on failure the exception's
   *     class ({@code error}), HTTP {@code status} and masked {@code message}
   */
  public record Result(boolean up, Instant checkedAt, Map<String, Object> details) {

    /** Copies the details. */
    public Result {
      details = Map.copyOf(details);
    }
  }
}
