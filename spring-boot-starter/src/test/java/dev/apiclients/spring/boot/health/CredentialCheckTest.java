package dev.apiclients.spring.boot.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apiclients.http.ApiConnectionException;
import dev.apiclients.http.ErrorResponse;
import dev.apiclients.http.testing.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CredentialCheckTest {

  private final FakeTime time = new FakeTime(Instant.parse("2026-11-27T08:00:00Z"));
  private final AtomicInteger calls = new AtomicInteger();

  @Test
  void aResultIsReusedUntilTheCacheTimeHasPassed() {
    CredentialCheck check = new CredentialCheck(calls::incrementAndGet, Map.of("resellerId", 1L),
        Duration.ofMinutes(5), time);

    CredentialCheck.Result first = check.result();
    time.advance(Duration.ofMinutes(4).plusSeconds(59));
    CredentialCheck.Result cached = check.result();
    time.advance(Duration.ofSeconds(1));
    CredentialCheck.Result fresh = check.result();

    assertThat(calls).hasValue(2);
    assertThat(cached).isSameAs(first);
    assertThat(first.up()).isTrue();
    assertThat(first.details()).containsExactlyInAnyOrderEntriesOf(
        Map.of("resellerId", 1L, "checkedAt", "2026-11-27T08:00:00Z"));
    assertThat(fresh.checkedAt()).isEqualTo(Instant.parse("2026-11-27T08:05:00Z"));
  }

  @Test
  void aFailureIsCachedTooAndShowsTheErrorWithoutTheMessageOfOtherExceptions() {
    CredentialCheck check = new CredentialCheck(() -> {
      calls.incrementAndGet();
      throw new IllegalStateException("secret-looking text");
    }, Map.of(), Duration.ofMinutes(5), time);

    CredentialCheck.Result result = check.result();
    check.result();

    assertThat(calls).hasValue(1);
    assertThat(result.up()).isFalse();
    assertThat(result.details()).containsEntry("error", IllegalStateException.class.getName())
        .doesNotContainKey("message").doesNotContainKey("status");
    assertThat(result.details().toString()).doesNotContain("secret-looking text");
  }

  @Test
  void aConnectionFailureHasNoStatus() {
    CredentialCheck check = new CredentialCheck(() -> {
      throw new ApiConnectionException("Connection refused",
          ErrorResponse.noResponse("GET", "http://127.0.0.1:1/"), false, null);
    }, Map.of(), Duration.ZERO, time);

    assertThat(check.result().details()).containsEntry("error", ApiConnectionException.class.getName())
        .doesNotContainKey("status").containsKey("message");
  }

  @Test
  void aZeroCacheTimeChecksEveryTimeAndANegativeOneIsRefused() {
    CredentialCheck check = new CredentialCheck(calls::incrementAndGet, Map.of(), Duration.ZERO, time);
    check.result();
    check.result();

    assertThat(calls).hasValue(2);
    assertThatThrownBy(() -> new CredentialCheck(calls::incrementAndGet, Map.of(), Duration.ofSeconds(-1), time))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cache-ttl");
  }
}
