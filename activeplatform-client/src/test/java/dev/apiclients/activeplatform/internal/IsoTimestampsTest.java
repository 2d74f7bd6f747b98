package dev.apiclients.activeplatform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoTimestampsTest {

  @Test
  void readsActivePlatformsShapeDirectly() {
    assertThat(IsoTimestamps.parseCommonShape("2021-01-05T05:28:48.804+03:00"))
        .isEqualTo(OffsetDateTime.of(2021, 1, 5, 5, 28, 48, 804_000_000, ZoneOffset.ofHours(3)));
    assertThat(IsoTimestamps.parseCommonShape("2024-02-29T23:59:59Z"))
        .isEqualTo(OffsetDateTime.of(2024, 2, 29, 23, 59, 59, 0, ZoneOffset.UTC));
    assertThat(IsoTimestamps.parseCommonShape("1999-12-31T00:00:00.123456789-05:30"))
        .isEqualTo(OffsetDateTime.of(1999, 12, 31, 0, 0, 0, 123_456_789, ZoneOffset.ofHoursMinutes(-5, -30)));
  }

  @Test
  void theLenientFormsReadAnOffsetWithoutColonAndDatesFromDateTimes() {
    OffsetDateTime expected = OffsetDateTime.of(2021, 1, 5, 5, 28, 48, 804_000_000, ZoneOffset.ofHours(3));
    assertThat(IsoTimestamps.lenient("2021-01-05T05:28:48.804+0300", "t")).isEqualTo(expected);
    assertThat(IsoTimestamps.lenient("2021-01-05T05:28:48.804+03:00", "t")).isEqualTo(expected);
    assertThat(IsoTimestamps.lenient("2021-01-05T05:28:48.804-0530", "t"))
        .isEqualTo(OffsetDateTime.of(2021, 1, 5, 5, 28, 48, 804_000_000, ZoneOffset.ofHoursMinutes(-5, -30)));
    assertThat(IsoTimestamps.lenientDate("2021-08-05", "d")).isEqualTo(LocalDate.of(2021, 8, 5));
    assertThat(IsoTimestamps.lenientDate("2021-08-05T23:30:00+0300", "d")).isEqualTo(LocalDate.of(2021, 8, 5));
    assertThat(IsoTimestamps.lenientDate("2021-08-05T23:30:00-05:00", "d")).isEqualTo(LocalDate.of(2021, 8, 5));
    assertThat(IsoTimestamps.lenientDate("2021-08-05T23:30:00", "d")).isEqualTo(LocalDate.of(2021, 8, 5));
    for (String bad : new String[] {"yesterday", "2021-01-05", "2021-01-05T05:28:48", "2021-01-05T05:28:48+3"}) {
      assertThatThrownBy(() -> IsoTimestamps.lenient(bad, "created_at")).as(bad)
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("created_at");
    }
    assertThatThrownBy(() -> IsoTimestamps.lenientDate("2021-13-05", "start_date"))
        .hasMessageContaining("start_date is not an ISO-8601 date");
  }

  @Test
  void leavesEveryOtherShapeToJavaTime() {
    for (String other : new String[] {"2021-01-05t05:28:48Z", "2021-01-05T05:28:48z", "2021-01-05T05:28Z",
        "2021-01-05T05:28:48.Z", "2021-01-05T05:28:48.1234567890Z", "2021-01-05T05:28:48+03",
        "2021-01-05T05:28:48+03:00:15", "2023-02-29T00:00:00Z", "2021-01-05T24:00:00Z", "2021-01-05T05:28:48+18:01",
        "+12021-01-05T05:28:48Z", "2021-01-05T05:28:4٣Z"}) {
      assertThat(IsoTimestamps.parseCommonShape(other)).as(other).isNull();
    }
  }

  /** Seeded: valid, near-valid and mutated texts all give what OffsetDateTime.parse gives. */
  @Test
  void agreesWithOffsetDateTimeParseOnGeneratedTexts() {
    Random random = new Random(20261126);
    int fast = 0;
    int total = 20_000;
    for (int n = 0; n < total; n++) {
      String text = generate(random);
      if (IsoTimestamps.parseCommonShape(text) != null) {
        fast++;
      }
      assertThat(outcome(() -> IsoTimestamps.parse(text))).as(text).isEqualTo(outcome(() -> OffsetDateTime.parse(text)));
    }
    assertThat(fast).as("texts read by the fast path").isGreaterThan(total / 10);
  }

  private static String generate(Random r) {
    StringBuilder s = new StringBuilder()
        .append(pad(r.nextInt(10) == 0 ? r.nextInt(10_000) : 1990 + r.nextInt(40), 4)).append('-')
        .append(pad(r.nextInt(14), 2)).append('-').append(pad(r.nextInt(33), 2))
        .append(pick(r, "T", "T", "T", "T", "t", " "))
        .append(pad(r.nextInt(26), 2)).append(':').append(pad(r.nextInt(62), 2)).append(':').append(pad(r.nextInt(62), 2));
    int fraction = r.nextInt(12) - 1;
    if (fraction >= 0) {
      s.append('.');
      for (int i = 0; i < fraction; i++) {
        s.append((char) ('0' + r.nextInt(10)));
      }
    }
    String hours = pad(r.nextInt(20), 2);
    String minutes = pad(r.nextInt(62), 2);
    s.append(pick(r, "Z", "Z", "z", "+" + hours + ":" + minutes, "-" + hours + ":" + minutes, "+" + hours,
        "+" + hours + minutes, "+" + hours + ":" + minutes + ":00", ""));
    if (r.nextInt(4) == 0) {
      int at = r.nextInt(s.length());
      s.setCharAt(at, "0123456789-:T.Z+ x٣".charAt(r.nextInt(19)));
    }
    return s.toString();
  }

  private static String outcome(java.util.function.Supplier<OffsetDateTime> parse) {
    try {
      OffsetDateTime value = parse.get();
      return value.toLocalDateTime() + " " + value.getOffset();
    } catch (DateTimeParseException e) {
      return "fails";
    }
  }

  private static String pick(Random r, String... options) {
    return options[r.nextInt(options.length)];
  }

  private static String pad(int value, int width) {
    String text = Integer.toString(value);
    return "0".repeat(Math.max(0, width - text.length())) + text;
  }
}
