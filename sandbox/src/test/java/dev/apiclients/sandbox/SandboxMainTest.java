package dev.apiclients.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the standalone sandbox the way {@link SandboxMain#main(String[])} does (same code path, with the
 * stop signal handed in instead of a JVM shutdown hook) on a free port, and drives it with a plain
 * JDK {@link HttpClient} built with no options, as a user pointing curl at it would.
 */
class SandboxMainTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern HEADER = Pattern.compile("-H '([^:']+): ([^']*)'");
  private static final Pattern URL = Pattern.compile("'(http://[^']+)'");

  /** Collects what is printed and signals once the banner has been printed. */
  private static final class Output extends PrintStream {
    final CountDownLatch printed = new CountDownLatch(1);
    private final ByteArrayOutputStream bytes;

    Output(ByteArrayOutputStream bytes) {
      super(bytes, true, StandardCharsets.UTF_8);
      this.bytes = bytes;
    }

    @Override
    public void println(String line) {
      super.println(line);
      printed.countDown();
    }

    String text() {
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void runsOnAGivenPortPrintsItsUrlsAndCredentialsAndServesUntilStopped() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Output out = new Output(new ByteArrayOutputStream());
    CountDownLatch stop = new CountDownLatch(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    String[] args = {String.valueOf(port)};
    Thread server = new Thread(() -> {
      try {
        SandboxMain.run(args, out, stop);
      } catch (Throwable e) {
        failure.set(e);
        out.printed.countDown();
      }
    }, "standalone-sandbox");
    server.setDaemon(true);
    server.start();
    try {
      assertThat(out.printed.await(20, TimeUnit.SECONDS)).as("banner printed").isTrue();
      assertThat(failure.get()).isNull();

      String base = "http://127.0.0.1:" + port;
      String banner = out.text();
      assertThat(banner)
          .contains(base + "/libib")
          .contains(base + "/activeplatform")
          .contains(Sandbox.LIBIB_API_KEY)
          .contains(Sandbox.LIBIB_API_USER)
          .contains(Sandbox.ACTIVEPLATFORM_API_TOKEN)
          .contains("Ctrl-C");

      HttpClient plain = HttpClient.newHttpClient();
      HttpResponse<String> managers = plain.send(HttpRequest.newBuilder(URI.create(base + "/libib/managers"))
          .header("x-api-key", Sandbox.LIBIB_API_KEY).header("x-api-user", Sandbox.LIBIB_API_USER).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(managers.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(managers.body()).get("total").asInt()).isEqualTo(3);

      HttpResponse<String> anonymous = plain.send(HttpRequest.newBuilder(URI.create(base + "/libib/patrons")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(anonymous.statusCode()).isEqualTo(401);

      HttpResponse<String> page = plain.send(HttpRequest.newBuilder(URI.create(
              base + "/activeplatform/api/v3/resellers/1/managers?page%5Bsize%5D=50&page%5Bnumber%5D=3"))
          .header("X-Api-Token", Sandbox.ACTIVEPLATFORM_API_TOKEN).header("Accept", "application/vnd.api+json")
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      JsonNode body = JSON.readTree(page.body());
      assertThat(body.get("data")).hasSize(20);
      assertThat(body.at("/links/prev").asText())
          .isEqualTo(base + "/activeplatform/api/v3/resellers/1/managers?page%5Bnumber%5D=2&page%5Bsize%5D=50");

      runTheBannersCurlCommands(plain, banner);
    } finally {
      stop.countDown();
      server.join(TimeUnit.SECONDS.toMillis(20));
    }
    assertThat(server.isAlive()).as("stopped").isFalse();
    assertThat(failure.get()).isNull();
    HttpClient afterwards = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    assertThatThrownBy(() -> afterwards.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/libib/managers")).build(),
        HttpResponse.BodyHandlers.discarding()))
        .isInstanceOf(ConnectException.class);
  }

  /** Each "curl" line of the banner, sent as curl would send it, succeeds. */
  private static void runTheBannersCurlCommands(HttpClient client, String banner) throws Exception {
    List<String> commands = banner.lines().map(String::strip).filter(line -> line.startsWith("curl ")).toList();
    assertThat(commands).hasSizeGreaterThanOrEqualTo(2);
    List<Integer> statuses = new ArrayList<>();
    for (String command : commands) {
      Matcher url = URL.matcher(command);
      assertThat(url.find()).as(command).isTrue();
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.group(1)));
      Matcher header = HEADER.matcher(command);
      while (header.find()) {
        request.header(header.group(1), header.group(2));
      }
      if (command.contains("-X POST")) {
        request.POST(HttpRequest.BodyPublishers.noBody());
      }
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(JSON.readTree(response.body()).isObject()).as(command).isTrue();
      statuses.add(response.statusCode());
    }
    assertThat(statuses).as(String.join("\n", commands)).allMatch(status -> status == 200);
  }

  @Test
  void aBadPortArgumentIsRefusedWithAMessage() {
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    CountDownLatch stop = new CountDownLatch(0);
    for (String[] args : List.of(new String[] {"abc"}, new String[] {"70000"}, new String[] {"1", "2"})) {
      assertThatThrownBy(() -> SandboxMain.run(args, out, stop))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(args.length > 1 ? "at most one argument" : "port must be a number");
    }
  }

  @Test
  void aPortInUseIsOneLineAndExitCodeTwo() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();

      int exitCode = SandboxMain.launch(new String[] {String.valueOf(port)},
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
          new CountDownLatch(0));

      assertThat(exitCode).isEqualTo(2);
      assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
      assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).singleElement().asString()
          .contains("Port " + port).contains("already in use").contains("SandboxMain " + (port + 1))
          .contains("0 for any free");
    }
  }

  @Test
  void aBadArgumentIsExitCodeTwoWithTheUsage() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode = SandboxMain.launch(new String[] {"abc"}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8), new CountDownLatch(0));

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("port must be a number").contains("Usage:");
  }

  @Test
  void theBannerOfAnEmbeddedSandboxNamesItsOwnPort() {
    try (Sandbox sandbox = Sandbox.start()) {
      assertThat(SandboxMain.banner(sandbox))
          .contains(sandbox.libibBaseUrl())
          .contains(sandbox.activePlatformBaseUrl())
          .contains("reseller id   1");
      assertThat(sandbox.libibBaseUrl()).isEqualTo("http://127.0.0.1:" + sandbox.port() + "/libib");
      assertThat(sandbox.activePlatformBaseUrl()).isEqualTo("http://127.0.0.1:" + sandbox.port() + "/activeplatform");
    }
  }
}
