package dev.apiclients.libib;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.http.testing.FakeTime;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Builds Libib clients and bodies for the WireMock tests. */
final class LibibTestSupport {

  static final String KEY = "libib-key-7f3a9c";
  static final String USER = "libib-user-42";
  static final Duration INTERVAL = Duration.ofSeconds(2);

  private LibibTestSupport() {}

  static LibibClient.Builder builder(WireMockExtension server, FakeTime time) {
    return LibibClient.builder()
        .baseUrl(server.baseUrl())
        .apiKey(KEY)
        .apiUser(USER)
        .retryPolicy(RetryPolicy.builder().jitter(0).build())
        .clock(time)
        .sleeper(time);
  }

  static LibibClient client(WireMockExtension server, FakeTime time) {
    return builder(server, time).build();
  }

  static String patronJson(int n) {
    return "{\"barcode\":\"2020" + String.format("%09d", n) + "\",\"first_name\":\"First" + n
        + "\",\"last_name\":\"Last" + n + "\",\"email\":\"p" + n + "@example.com\",\"notification_emails\":null,"
        + "\"tags\":null,\"patron_id\":null,\"phone\":null,\"address1\":null,\"address2\":null,\"city\":null,"
        + "\"state\":null,\"country\":\"US\",\"zip\":null,\"freeze\":null}";
  }

  /** Page {@code page} of {@code total} generated patrons, 50 a page. */
  static String patronPage(int page, int total) {
    int pages = (total + 49) / 50;
    String patrons = IntStream.rangeClosed((page - 1) * 50 + 1, Math.min(total, page * 50))
        .mapToObj(LibibTestSupport::patronJson).collect(Collectors.joining(","));
    return "{\"total\":" + total + ",\"pages\":" + pages + ",\"max_per_page\":50,\"patrons\":[" + patrons + "]}";
  }
}
