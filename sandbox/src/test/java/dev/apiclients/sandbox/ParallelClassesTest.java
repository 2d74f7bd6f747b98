package dev.apiclients.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.apiclients.activeplatform.ActivePlatformClient;
import dev.apiclients.libib.LibibClient;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The README's pattern, a static {@code @RegisterExtension} field in a base class shared by test
 * classes that run in parallel: each class must get its own sandbox and clients. Two classes are
 * run in parallel by a JUnit launcher inside this test, and meet at a barrier so that both have
 * started their sandbox before either looks at it.
 */
class ParallelClassesTest {

  private static volatile boolean launched;
  private static final CyclicBarrier BOTH_STARTED = new CyclicBarrier(2);

  /** What the users' test classes share. */
  abstract static class SharedBase {
    @RegisterExtension
    static final LibibSandboxExtension LIBIB = new LibibSandboxExtension();

    @RegisterExtension
    static final ActivePlatformSandboxExtension ACTIVE_PLATFORM = new ActivePlatformSandboxExtension();

    @Test
    void theStaticFieldGivesThisClassesOwnSandboxAndClients(Sandbox sandbox, LibibClient libib,
        ActivePlatformClient ap) throws Exception {
      Assumptions.assumeTrue(launched, "run by ParallelClassesTest's launcher only");
      BOTH_STARTED.await(20, TimeUnit.SECONDS);

      assertThat(LIBIB.sandbox()).isSameAs(sandbox);
      assertThat(ACTIVE_PLATFORM.sandbox()).isSameAs(sandbox);
      assertThat(LIBIB.client()).isSameAs(libib);
      assertThat(ACTIVE_PLATFORM.client()).isSameAs(ap);
      assertThat(libib.toString()).contains(sandbox.libibBaseUrl());
      sandbox.libib().clearPatrons();
      assertThat(LIBIB.client().patrons().getPatrons()).isEmpty();
    }
  }

  static class FirstClass extends SharedBase {}

  static class SecondClass extends SharedBase {}

  @Test
  void parallelClassesSharingOneStaticExtensionEachGetTheirOwnSandbox() {
    launched = true;
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    try {
      LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
          .selectors(selectClass(FirstClass.class), selectClass(SecondClass.class))
          .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
          .configurationParameter("junit.jupiter.execution.parallel.mode.default", "same_thread")
          .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
          .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
          .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "2")
          .build(), listener);
    } finally {
      launched = false;
    }

    TestExecutionSummary summary = listener.getSummary();
    StringBuilder failures = new StringBuilder();
    summary.getFailures().forEach(f -> failures.append(f.getTestIdentifier().getDisplayName()).append(": ")
        .append(f.getException()).append('\n'));
    assertThat(summary.getTestsSucceededCount()).as(failures.toString()).isEqualTo(2);
    assertThat(summary.getTotalFailureCount()).as(failures.toString()).isZero();
  }
}
