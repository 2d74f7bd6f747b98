package dev.apiclients.http.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Reads a {@code Retry-After} header: delay seconds or an HTTP date. */
public final class RetryAfter {

  private RetryAfter() {}

  /** The wait a {@code Retry-After} header asks for, found case-insensitively among headers. */
  public static Optional<Duration> from(Map<String, ? extends Collection<String>> headers, Clock clock) {
    if (headers == null) {
      return Optional.empty();
    }
    return headers.entrySet().stream()
        .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase("Retry-After"))
        .flatMap(e -> e.getValue().stream())
        .findFirst()
        .flatMap(value -> parse(value, clock));
  }

  /** What a {@code Retry-After} too large to represent reads as: longer than any policy's cap. */
  public static final Duration TOO_LONG = Duration.ofSeconds(Long.MAX_VALUE);

  /**
   * The wait a header value asks for; a date in the past gives zero; a number too large to
   * represent gives {@link #TOO_LONG}; garbage gives empty.
   */
  public static Optional<Duration> parse(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.strip();
    if (text.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
      } catch (NumberFormatException e) {
        return Optional.of(TOO_LONG);
      }
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), at.toInstant());
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
