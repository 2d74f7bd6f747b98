package dev.apiclients.http;

import dev.apiclients.http.paging.NextPageStrategy;
import dev.apiclients.http.paging.Page;
import dev.apiclients.http.paging.PageFetcher;
import dev.apiclients.http.paging.Paginator;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.internal.RequestPacer;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.LogCapture;
import dev.apiclients.http.testing.RawHttpServer;
import dev.apiclients.http.testing.Stubs;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The bounds that hold whatever the server does: in time (stalled and dripping bodies, endless
 * listings, {@code Retry-After} lies), in memory (maxPages) and in disclosure (no secret in any
 * message, {@code toString()}, {@code headers()}, {@code body()} or log line). Every test has a
 * preemptive timeout, so a hang fails instead of blocking the build.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ResilienceTest {

  private static final String KEY = "KEY-s3cr3t-123";
  private static final String PASSWORD = "pa/ss wörd+1";
  private static final Duration READ_TIMEOUT = Duration.ofMillis(300);

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final FakeTime time = new FakeTime();

  /** A client whose read timeout is short, for servers that stall. */
  private TestApi impatientClient(String baseUrl, int attempts) {
    return new FeignClientFactory(TestApi.config(baseUrl, time).readTimeout(READ_TIMEOUT)
        .retryPolicy(RetryPolicy.builder().maxAttempts(attempts).jitter(0).build()).build())
        .create(TestApi.class, TestApi.DECODER);
  }

  @Test
  void aStalledBodyEndsWithinAttemptsTimesTheReadTimeout() throws Exception {
    try (RawHttpServer stalling = RawHttpServer.start((n, out) -> {
      out.write(RawHttpServer.head("HTTP/1.1 200 OK", "Content-Type: application/json", "Content-Length: 10"));
      out.flush();
      Thread.sleep(60_000);
    })) {
      long start = System.nanoTime();
      Throwable thrown = catchThrowable(() -> impatientClient(stalling.baseUrl(), 2).get("1"));
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(thrown).isInstanceOf(ApiConnectionException.class)
          .hasMessageContaining("no complete response within the read timeout").hasMessageContaining("2 attempts");
      assertThat(stalling.requests()).isEqualTo(2);
      assertThat(took).isLessThan(READ_TIMEOUT.multipliedBy(2).plusSeconds(3));
    }
  }

  @Test
  void aDrippingBodyEndsWithinTheReadTimeout() throws Exception {
    try (RawHttpServer dripping = RawHttpServer.start((n, out) -> {
      out.write(RawHttpServer.head("HTTP/1.1 200 OK", "Content-Type: application/json", "Content-Length: 1000"));
      for (int i = 0; i < 1000; i++) {
        out.write(' ');
        out.flush();
        Thread.sleep(50);
      }
    })) {
      long start = System.nanoTime();
      Throwable thrown = catchThrowable(() -> impatientClient(dripping.baseUrl(), 1).get("1"));

      assertThat(thrown).isInstanceOf(ApiConnectionException.class);
      assertThat(((ApiConnectionException) thrown).status()).isEqualTo(-1);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(READ_TIMEOUT.plusSeconds(3));
    }
  }

  @Test
  void aStalledWriteIsReportedAsUnknownAndNotResent() throws Exception {
    try (RawHttpServer stalling = RawHttpServer.start((n, out) -> Thread.sleep(60_000))) {
      Throwable thrown = catchThrowable(() -> impatientClient(stalling.baseUrl(), 4).create("mary", PASSWORD));

      assertThat(thrown).isInstanceOfSatisfying(ApiConnectionException.class,
          e -> assertThat(e.outcomeUnknown()).isTrue());
      assertThat(stalling.requests()).isEqualTo(1);
    }
  }

  @Test
  void anEndlessListingStopsAtMaxPagesWithoutAnotherRequest() {
    server.stubFor(get(urlPathEqualTo("/things")).willReturn(aResponse().withHeader("Content-Type", "application/json")
        .withBody("{\"pages\":1000000000,\"total\":3000000000,\"things\":[{\"id\":\"1\"}]}")));
    FeignClientFactory factory = new FeignClientFactory(TestApi.config(server.baseUrl(), time).maxPages(7).build());
    TestApi api = factory.create(TestApi.class, TestApi.DECODER);
    PageFetcher<TestApi.Thing, Integer> pageN = number -> {
      TestApi.ThingPage page = api.page(number);
      return Page.numbered(page.things(), number, page.pages(), page.total());
    };
    Paginator<TestApi.Thing> endless = factory.paginator(() -> pageN.fetch(1), pageN,
        NextPageStrategy.<TestApi.Thing>pageNumbers()).build();

    assertThatThrownBy(endless::toList).isInstanceOf(PaginationException.class)
        .hasMessageContaining("Stopped after 7 pages (maxPages)").hasMessageContaining("raise the limit");
    server.verify(7, getRequestedFor(urlPathEqualTo("/things")));
  }

  @Test
  void listingsStopAtTenThousandPagesByDefault() {
    int[] fetched = {0};
    PageFetcher<Integer, Integer> pageN = number -> {
      fetched[0]++;
      return Page.numbered(List.of(number), number, Integer.MAX_VALUE, Long.MAX_VALUE);
    };
    Paginator<Integer> endless = Paginator.builder(() -> pageN.fetch(1), pageN,
        NextPageStrategy.<Integer>pageNumbers()).build();

    assertThatThrownBy(() -> endless.stream().count()).isInstanceOf(PaginationException.class)
        .hasMessageContaining("Stopped after 10000 pages");
    assertThat(fetched[0]).isEqualTo(Paginator.DEFAULT_MAX_PAGES).isEqualTo(10_000);
  }

  @Test
  void anInterruptedPacingWaitGivesItsSlotBack() throws Exception {
    boolean[] interruptNext = {false};
    Sleeper interruptible = wait -> {
      if (interruptNext[0]) {
        interruptNext[0] = false;
        throw new InterruptedException("test interrupt");
      }
      time.sleep(wait);
    };
    RequestPacer pacer = new RequestPacer(Duration.ofSeconds(10), Duration.ofSeconds(10), time, interruptible);
    pacer.awaitTurn();
    interruptNext[0] = true;
    assertThatThrownBy(pacer::awaitTurn).isInstanceOf(InterruptedException.class);
    time.advance(Duration.ofSeconds(1));

    pacer.awaitTurn();

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(9));
  }

  @Test
  void anInterruptedCallKeepsTheInterruptFlagAndFailsPromptly() {
    Sleeper interrupted = wait -> {
      throw new InterruptedException("test interrupt");
    };
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(aResponse().withStatus(503)));
    TestApi api = new FeignClientFactory(TestApi.config(server.baseUrl(), time).sleeper(interrupted).build())
        .create(TestApi.class, TestApi.DECODER);
    try {
      assertThatThrownBy(() -> api.get("1")).isInstanceOf(ApiConnectionException.class)
          .hasMessageContaining("interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void aCallInterruptedWhileWaitingForTheResponseEndsAtOnceWithoutARetry() throws Exception {
    try (RawHttpServer stalling = RawHttpServer.start((n, out) -> Thread.sleep(60_000))) {
      TestApi api = new FeignClientFactory(TestApi.config(stalling.baseUrl(), time)
          .retryPolicy(RetryPolicy.builder().maxAttempts(4).jitter(0).build()).build())
          .create(TestApi.class, TestApi.DECODER);
      Thread.currentThread().interrupt();
      try {
        assertThatThrownBy(() -> api.get("1")).isInstanceOf(ApiConnectionException.class)
            .hasMessageContaining("was interrupted while waiting for the response");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
      } finally {
        Thread.interrupted();
      }
      assertThat(stalling.requests()).isLessThanOrEqualTo(1);
      assertThat(time.sleeps()).isEmpty();
    }
  }

  @Test
  void retryAfterZeroStillWaitsTheMinimumBackoff() {
    Stubs.sequence(server, () -> get(urlPathEqualTo("/things/1")), List.of(
        aResponse().withStatus(429).withHeader("Retry-After", "0"),
        aResponse().withStatus(429).withHeader("Retry-After", "99999999999999999999999"),
        aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"id\":\"1\"}")));

    assertThat(TestApi.client(server.baseUrl(), time).get("1").id()).isEqualTo("1");

    RetryPolicy defaults = RetryPolicy.defaults();
    assertThat(time.sleeps()).containsExactly(defaults.initialBackoff(), defaults.maxRetryAfter());
  }

  @Test
  void gzipAndDeclaredCharsetBodiesDecode() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write("{\"id\":\"1\",\"name\":\"Anaïs\"}".getBytes(StandardCharsets.UTF_8));
    }
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(aResponse().withHeader("Content-Type", "application/json")
        .withHeader("Content-Encoding", "gzip").withBody(zipped.toByteArray())));
    server.stubFor(get(urlPathEqualTo("/things/2")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json; charset=ISO-8859-1")
        .withBody("{\"id\":\"2\",\"name\":\"Anaïs\"}".getBytes(StandardCharsets.ISO_8859_1))));
    server.stubFor(get(urlPathEqualTo("/things/3")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody(("\uFEFF{\"error\":\"bad id\"}").getBytes(StandardCharsets.UTF_8))));
    TestApi api = TestApi.client(server.baseUrl(), time);

    assertThat(api.get("1").name()).isEqualTo("Anaïs");
    assertThat(api.get("2").name()).isEqualTo("Anaïs");
    assertThat(catchThrowable(() -> api.get("3"))).isInstanceOfSatisfying(BadRequestException.class,
        e -> assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.detail()).isEqualTo("bad id")));
    server.verify(getRequestedFor(urlPathEqualTo("/things/1")).withHeader("Accept-Encoding",
        com.github.tomakehurst.wiremock.client.WireMock.equalTo("gzip")));
  }

  @Test
  void aGzipBombIsRefusedWithinTheBodyLimit() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      byte[] spaces = new byte[1024 * 1024];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 40; i++) {
        gzip.write(spaces);
      }
    }
    byte[] bomb = zipped.toByteArray();
    try (RawHttpServer bombing = RawHttpServer.start((n, out) -> {
      out.write(RawHttpServer.head("HTTP/1.1 200 OK", "Content-Type: application/json", "Content-Encoding: gzip",
          "Content-Length: " + bomb.length, "Connection: close"));
      out.write(bomb);
    })) {
      assertThatThrownBy(() -> impatientClient(bombing.baseUrl(), 4).get("1")).isInstanceOf(ResponseDecodingException.class)
          .hasMessageContaining("larger than");
      assertThat(bombing.requests()).isEqualTo(1);
    }
  }

  @Test
  void noSecretLeaksThroughAnyExceptionPath() {
    String formEncoded = URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
    String jsonEscaped = PASSWORD.replace("/", "\\/");
    server.stubFor(get(urlPathEqualTo("/things/1")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{\"id\": [\"" + KEY.toLowerCase() + "\"]}")));
    server.stubFor(get(urlPathEqualTo("/things/2")).willReturn(aResponse().withStatus(400)
        .withHeader("X-Echo", "your key is " + KEY).withHeader("Location", "https://elsewhere.example/?token=" + KEY)
        .withBody("{\"error\":\"key " + KEY + " rejected\"}")));
    server.stubFor(post(urlPathEqualTo("/things")).willReturn(aResponse().withStatus(422)
        .withHeader("X-Echo", formEncoded)
        .withBody("{\"error\":\"password " + jsonEscaped + " (" + formEncoded + ") too weak for mary@example.com\"}")));
    List<ApiException> failures = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    try (LogCapture logs = LogCapture.start()) {
      TestApi api = new FeignClientFactory(TestApi.config(server.baseUrl(), time).logLevel(LogLevel.HEADERS).build()).create(TestApi.class, TestApi.DECODER);
      failures.add((ApiException) catchThrowable(() -> api.get("1")));
      failures.add((ApiException) catchThrowable(() -> api.get("2")));
      failures.add((ApiException) catchThrowable(() -> api.create("mary@example.com", PASSWORD)));
      texts.add(logs.text());
    }
    assertThat(failures).doesNotContainNull();
    for (ApiException failure : failures) {
      texts.add(failure.getMessage());
      texts.add(failure.toString());
      texts.add(failure.headers().toString());
      texts.add(failure.body());
      texts.add(failure.url());
      texts.add(failure.response().toString());
    }
    String all = String.join("\n", texts);
    assertThat(all).doesNotContainIgnoringCase(KEY).doesNotContain(PASSWORD).doesNotContain(formEncoded)
        .doesNotContain(jsonEscaped).doesNotContain("mary@example.com?").contains("***");
    assertThat(failures.get(2).url()).endsWith("/things?name=***&password=***");
    assertThat(failures.get(1).headers()).containsKey("X-Echo").containsKey("Location");
  }

  @Test
  void aRepeatingLinkWithATokenIsShownMasked() {
    String link = server.baseUrl() + "/things?page=1&token=" + KEY + "&access_token=" + KEY;
    server.stubFor(get(urlPathEqualTo("/things")).willReturn(aResponse().withHeader("Content-Type", "application/json")
        .withBody("{\"things\":[{\"id\":\"1\"}],\"next\":\"" + link + "\"}")));
    FeignClientFactory factory = new FeignClientFactory(TestApi.config(server.baseUrl(), time).build());
    TestApi api = factory.create(TestApi.class, TestApi.DECODER);
    Paginator<TestApi.Thing> looping = factory.paginator(
        () -> {
          TestApi.ThingPage page = api.page(1);
          return Page.<TestApi.Thing>linked(page.things(), page.next());
        },
        next -> {
          TestApi.ThingPage page = api.follow(next);
          return Page.<TestApi.Thing>linked(page.things(), page.next());
        }, NextPageStrategy.<TestApi.Thing>followLinks(factory.originPolicy())).build();

    Throwable thrown = catchThrowable(looping::toList);

    assertThat(thrown).isInstanceOf(PaginationException.class).hasMessageContaining("token=***");
    assertThat(thrown.getMessage() + ((ApiException) thrown).url()).doesNotContain(KEY);
  }

  @Test
  void anUnsendableCredentialIsRefusedByBuildWithoutRepeatingIt() {
    String key = "abc-secret-€-123";
    assertThatThrownBy(() -> CredentialHeaders.of(Map.of("x-api-key", key)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x-api-key")
        .hasMessageContaining("cannot be sent").hasMessageNotContaining(key).hasMessageNotContaining("secret");
  }
}
