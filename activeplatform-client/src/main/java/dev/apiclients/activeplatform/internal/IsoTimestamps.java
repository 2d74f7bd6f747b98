package dev.apiclients.activeplatform.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Parses ISO-8601 date-times with an offset exactly as {@link OffsetDateTime#parse(CharSequence)}
 * does, but reads the one shape ActivePlatform sends ({@code 2021-01-05T05:28:48.804+03:00}, or
 * with {@code Z}) directly: {@code java.time}'s general parser was a third of the time spent
 * decoding a page of managers. Any other shape, and any value out of range, goes to {@code
 * OffsetDateTime.parse}, so results and errors are the same as its own. The lenient forms also
 * read an offset without a colon ({@code +0300}, seen in one ActivePlatform example) and dates.
 * Public for the JSON:API attribute readers only; the package is not exported.
 */
public final class IsoTimestamps {

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

  /** An ISO-8601 date-time with an offset written {@code +03:00}, {@code +0300} or {@code Z}. */
  public static OffsetDateTime lenient(String text, String name) {
    try {
      OffsetDateTime common = parseCommonShape(text);
      return common != null ? common : OffsetDateTime.parse(withOffsetColon(text));
    } catch (RuntimeException e) {
      throw new IllegalStateException(name + " is not an ISO-8601 date-time with offset: " + text);
    }
  }

  /** {@code 2024-01-31}, or the date of a date-time (in its own offset, or without one). */
  public static LocalDate lenientDate(String text, String name) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text);
      }
      String fixed = withOffsetColon(text);
      boolean hasOffset = fixed.endsWith("Z") || fixed.lastIndexOf('+') > 10 || fixed.lastIndexOf('-') > 10;
      return hasOffset ? OffsetDateTime.parse(fixed).toLocalDate() : LocalDateTime.parse(fixed).toLocalDate();
    } catch (RuntimeException e) {
      throw new IllegalStateException(name + " is not an ISO-8601 date or date-time: " + text);
    }
  }

  /** {@code ...+0300} becomes {@code ...+03:00}; any other text is returned as it is. */
  private static String withOffsetColon(String text) {
    int n = text.length();
    if (n > 5 && (text.charAt(n - 5) == '+' || text.charAt(n - 5) == '-') && text.charAt(n - 3) != ':'
        && text.substring(n - 4).chars().allMatch(Character::isDigit) && text.indexOf('T') > 0) {
      return text.substring(0, n - 2) + ":" + text.substring(n - 2);
    }
    return text;
  }
}
