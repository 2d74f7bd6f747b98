package dev.apiclients.sandbox;

import dev.apiclients.activeplatform.ActivePlatformClient;
import dev.apiclients.http.RetryPolicy;
import org.junit.jupiter.api.extension.ExtensionContext.Store;

/**
 * A JUnit Jupiter extension that starts a {@link Sandbox} on a free loopback port for each test
 * class, resets it before each test and stops it after the class. It injects parameters of type
 * {@link ActivePlatformClient} and {@link Sandbox} (the latter left to {@link
 * LibibSandboxExtension} when both are registered; they then share one sandbox).
 *
 * <pre>{@code
 * @ExtendWith(ActivePlatformSandboxExtension.class)
 * class MyReportTest {
 *   @Test
 *   void listsEveryManager(ActivePlatformClient ap, Sandbox sandbox) {
 *     sandbox.activePlatform().clearManagers();
 *     sandbox.activePlatform().addManager("Ada Lovelace", "ada@example.com", "sales");
 *     assertThat(ap.managers().getManagers(Sandbox.ACTIVEPLATFORM_RESELLER_ID)).hasSize(1);
 *   }
 * }
 * }</pre>
 *
 * <p>The injected client has retries off ({@link RetryPolicy#none()}), so fault switches show up
 * as exceptions at once. To test your own retry settings, build a client from {@link
 * Sandbox#activePlatformBaseUrl()} and {@link Sandbox#ACTIVEPLATFORM_API_TOKEN}.
 */
public final class ActivePlatformSandboxExtension extends SandboxExtensionSupport<ActivePlatformClient> {

  /** An extension; JUnit makes one for {@code @ExtendWith}. */
  public ActivePlatformSandboxExtension() {
    super(ActivePlatformClient.class);
  }

  @Override
  boolean resolvesSandbox(Store store) {
    return store.get(LIBIB_REGISTERED) == null;
  }

  @Override
  ActivePlatformClient newClient(Sandbox sandbox) {
    return ActivePlatformClient.builder()
        .baseUrl(sandbox.activePlatformBaseUrl())
        .apiToken(Sandbox.ACTIVEPLATFORM_API_TOKEN)
        .retryPolicy(RetryPolicy.none())
        .build();
  }
}
