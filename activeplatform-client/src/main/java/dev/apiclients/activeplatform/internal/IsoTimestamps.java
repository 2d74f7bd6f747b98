package dev.apiclients.activeplatform.internal;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Parses ISO-8601 date-times with an offset exactly as {@link OffsetDateTime#parse(CharSequence)}
 * does, but reads the one shape ActivePlatform sends ({@code 2021-01-05T05:28:48.804+03:00}, or
 * with {@code Z}) directly: {@code java.time}'s general parser was a third of the time spent
 * decoding a page of managers. Any other shape, and any value out of range, goes to {@code
 * OffsetDateTime.parse}, so results and errors are the same as its own.
 */
final class IsoTimestamps {

  private static final int MAX_OFFSET_SECONDS = 18 * 3600;

  private IsoTimestamps() {}

  /**
   * Parses {@code text} as {@link OffsetDateTime#parse(CharSequence)} would.
   *
   * @throws java.time.format.DateTimeParseException if it is not an ISO-8601 date-time with offset
   */
  static OffsetDateTime parse(String text) {
    OffsetDateTime common = parseCommonShape(text);
    return common != null ? common : OffsetDateTime.parse(text);
  }

  /**
   * Reads {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|+HH:MM|-HH:MM)} with a fraction of one to nine
   * digits; returns {@code null} for any other text or an out-of-range value.
   */
  static OffsetDateTime parseCommonShape(String s) {
    int n = s.length();
    if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
        || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int i = 19;
    int nano = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      int count = i - start;
      if (count == 0 || count > 9) {
        return null;
      }
      nano = digits(s, start, count);
      for (int k = count; k < 9; k++) {
        nano *= 10;
      }
    }
    ZoneOffset offset = offset(s, i);
    if (offset == null) {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@code Z}, {@code +HH:MM} or {@code -HH:MM} ending the text at {@code i}; otherwise null. */
  private static ZoneOffset offset(String s, int i) {
    int n = s.length();
    if (i >= n) {
      return null;
    }
    char sign = s.charAt(i);
    if (sign == 'Z') {
      return i + 1 == n ? ZoneOffset.UTC : null;
    }
    if ((sign != '+' && sign != '-') || i + 6 != n || s.charAt(i + 3) != ':') {
      return null;
    }
    int hours = digits(s, i + 1, 2);
    int minutes = digits(s, i + 4, 2);
    if ((hours | minutes) < 0 || minutes > 59) {
      return null;
    }
    int total = hours * 3600 + minutes * 60;
    if (total > MAX_OFFSET_SECONDS) {
      return null;
    }
    return ZoneOffset.ofTotalSeconds(sign == '-' ? -total : total);
  }

  /** The ASCII decimal number in {@code s[from, from + count)}, or -1 if any char is not a digit. */
  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
