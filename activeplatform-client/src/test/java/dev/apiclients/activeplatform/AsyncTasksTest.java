package dev.apiclients.activeplatform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.http.Sleeper;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.Stubs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Waiting for an async task: paced, bounded, interrupt-safe, on virtual time. */
class AsyncTasksTest {

  private static final String PATH = "/api/v3/resellers/1/async_tasks/" + Write.TASK_ID;

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final FakeTime time = new FakeTime();

  private ActivePlatformClient client(Clock clock, Sleeper sleeper) {
    return ActivePlatformClient.builder().baseUrl(server.baseUrl()).apiToken("t-3")
        .retryPolicy(RetryPolicy.none()).clock(clock).sleeper(sleeper).build();
  }

  private static ResponseDefinitionBuilder task(String status) {
    return aResponse().withHeader("Content-Type", "application/vnd.api+json").withBody(Write.task(status));
  }

  @Test
  void pollsAtOnceThenBacksOffUntilCompleted() {
    Stubs.sequence(server, () -> get(urlEqualTo(PATH)), List.of(task("pending"), task("running"), task("running"),
        task("running"), task("running"), task("completed")));

    AsyncTask task = client(time, time).asyncTasks().awaitAsyncTask(1, Write.TASK_ID, Duration.ofMinutes(1));

    assertThat(task.isValid()).isTrue();
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
        Duration.ofSeconds(8), Duration.ofSeconds(10));
    server.verify(6, getRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void aCompletedButInvalidTaskIsReturnedForTheCallerToRead() {
    server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withHeader("Content-Type", "application/vnd.api+json")
        .withBody(Write.task("completed").replace("\"valid\":true,\"errors\":[{}]",
            "\"valid\":false,\"errors\":[{\"customer_domain\":\"is taken\"}]"))));

    AsyncTask task = client(time, time).asyncTasks().awaitAsyncTask(1, Write.TASK_ID, Duration.ofSeconds(5));

    assertThat(task.isValid()).isFalse();
    assertThat(task.results().errors()).containsExactly(java.util.Map.of("customer_domain", "is taken"));
  }

  @Test
  void aFailedTaskEndsTheWaitWithItsMessage() {
    Stubs.sequence(server, () -> get(urlEqualTo(PATH)), List.of(task("running"), aResponse()
        .withHeader("Content-Type", "application/vnd.api+json").withBody(Write.task("failed")
            .replace("\"failure_message\":\"\"", "\"failure_message\":\"Office365 plugin is not available\""))));

    assertThatThrownBy(() -> client(time, time).asyncTasks().awaitAsyncTask(1, Write.TASK_ID, Duration.ofMinutes(1)))
        .isInstanceOfSatisfying(AsyncTaskException.class, e -> {
          assertThat(e.reason()).isEqualTo(AsyncTaskException.Reason.FAILED);
          assertThat(e.getMessage()).contains("Office365 plugin is not available").contains(Write.TASK_ID);
          assertThat(e.task().status().value()).isEqualTo(AsyncTaskStatus.FAILED);
        });
  }

  @Test
  void theWaitEndsAtTheTimeoutNeverSleepingPastIt() {
    server.stubFor(get(urlEqualTo(PATH)).willReturn(task("running")));

    assertThatThrownBy(() -> client(time, time).asyncTasks().awaitAsyncTask(1, Write.TASK_ID, Duration.ofSeconds(10)))
        .isInstanceOfSatisfying(AsyncTaskException.class, e -> {
          assertThat(e.reason()).isEqualTo(AsyncTaskException.Reason.TIMED_OUT);
          assertThat(e.getMessage()).contains("had not completed within PT10S").contains("last status running");
        });
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
        Duration.ofSeconds(3));
    assertThat(time.totalSlept()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void aClockThatNeverMovesStillEndsTheWait() {
    server.stubFor(get(urlEqualTo(PATH)).willReturn(task("whatever_this_is")));
    Clock frozen = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    List<Duration> sleeps = new ArrayList<>();

    assertThatThrownBy(() -> client(frozen, sleeps::add).asyncTasks()
        .awaitAsyncTask(1, Write.TASK_ID, Duration.ofSeconds(5)))
        .isInstanceOfSatisfying(AsyncTaskException.class,
            e -> assertThat(e.reason()).isEqualTo(AsyncTaskException.Reason.TIMED_OUT));
    server.verify(7, getRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void anInterruptEndsTheWaitAndKeepsTheFlag() {
    server.stubFor(get(urlEqualTo(PATH)).willReturn(task("pending")));
    Sleeper interrupted = duration -> {
      throw new InterruptedException();
    };
    try {
      assertThatThrownBy(() -> client(time, interrupted).asyncTasks()
          .awaitAsyncTask(1, Write.TASK_ID, Duration.ofSeconds(30)))
          .isInstanceOfSatisfying(AsyncTaskException.class, e -> {
            assertThat(e.reason()).isEqualTo(AsyncTaskException.Reason.INTERRUPTED);
            assertThat(e.task().id()).isEqualTo(Write.TASK_ID);
          });
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    server.verify(1, getRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void getAsyncTaskReadsOnce() {
    server.stubFor(get(urlEqualTo(PATH)).willReturn(task("running")));

    AsyncTask task = client(time, time).asyncTasks().getAsyncTask(1, Write.TASK_ID);

    assertThat(task.status().value()).isEqualTo(AsyncTaskStatus.RUNNING);
    assertThat(task.isDone()).isFalse();
    server.verify(1, getRequestedFor(urlEqualTo(PATH)));
  }
}
