package dev.apiclients.libib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apiclients.http.testing.KeepAliveServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A closed client lets go of its connection and of the JDK client's selector thread, even while the
 * caller still holds the client object. Isolated: it counts the JVM's HTTP client threads, so no
 * other test may build clients meanwhile.
 */
@Isolated
class ClientCloseTest {

  private static final String MANAGERS =
      "{\"total\":1,\"managers\":[{\"first_name\":\"Sam\",\"last_name\":\"Wise\",\"email\":\"sam@example.com\","
          + "\"role\":\"admin\"}]}";
  /** How long the JDK may take to notice an unreachable client (its selector wakes every 3 s). */
  private static final Duration RELEASE_DEADLINE = Duration.ofSeconds(20);

  private static LibibClient.Builder builder(KeepAliveServer server) {
    return LibibClient.builder().baseUrl(server.baseUrl()).apiKey("k").apiUser("u").requestInterval(Duration.ZERO);
  }

  @Test
  void closedClientsReleaseTheirConnectionsAndThreads() throws Exception {
    try (KeepAliveServer server = KeepAliveServer.start(line -> MANAGERS)) {
      Set<Thread> before = selectorThreads();
      List<LibibClient> clients = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        LibibClient client = builder(server).build();
        assertThat(client.managers().getManagers()).hasSize(1);
        clients.add(client);
      }
      Set<Thread> started = selectorThreads();
      started.removeAll(before);
      assertThat(started).hasSize(5);
      assertThat(server.open()).isEqualTo(5);

      clients.forEach(LibibClient::close);

      // The clients are still referenced here: only close() can have let go of what they own.
      awaitReleased(() -> server.open() == 0 && started.stream().noneMatch(Thread::isAlive));
      assertThat(server.open()).as("connections still open").isZero();
      assertThat(started).as("selector threads still running").noneMatch(Thread::isAlive);
      assertThat(clients).hasSize(5);
      assertThatThrownBy(() -> clients.get(0).managers().getManagers())
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
      assertThat(server.requestLines()).hasSize(5);
    }
  }

  @Test
  void aHttpClientOfYourOwnStaysOpen() throws Exception {
    try (KeepAliveServer server = KeepAliveServer.start(line -> MANAGERS)) {
      HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      LibibClient client = builder(server).transport(own).build();
      client.managers().getManagers();
      client.close();
      client.close();

      HttpResponse<String> still = own.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/managers")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(still.statusCode()).isEqualTo(200);
      assertThat(server.accepted()).as("the pooled connection was reused").isEqualTo(1);
      assertThat(server.open()).isEqualTo(1);
    }
  }

  /** The JDK's {@code HttpClient-<id>-SelectorManager} threads alive now. */
  private static Set<Thread> selectorThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().matches("HttpClient-\\d+-SelectorManager"))
        .collect(Collectors.toSet());
  }

  /**
   * Polls until released, asking for a garbage collection between polls (Java 17 reclaims a client
   * nobody references; 21 and later close it at once): bounded by {@link #RELEASE_DEADLINE}.
   */
  private static void awaitReleased(BooleanSupplier released) throws InterruptedException {
    long deadline = System.nanoTime() + RELEASE_DEADLINE.toNanos();
    while (!released.getAsBoolean() && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(50);
    }
  }
}
