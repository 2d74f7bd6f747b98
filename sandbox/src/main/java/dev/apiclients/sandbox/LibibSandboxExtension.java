package dev.apiclients.sandbox;

import dev.apiclients.http.RetryPolicy;
import dev.apiclients.libib.LibibClient;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtensionContext.Store;

/**
 * A JUnit Jupiter extension that starts a {@link Sandbox} on a free loopback port for each test
 * class, resets it before each test (sample data back, switches off, record cleared) and stops it
 * after the class. It injects test and lifecycle method parameters of type {@link Sandbox} and
 * {@link LibibClient}.
 *
 * <pre>{@code
 * @ExtendWith(LibibSandboxExtension.class)
 * class MySyncTest {
 *   @Test
 *   void createsNewPatrons(LibibClient libib, Sandbox sandbox) {
 *     sandbox.libib().clearPatrons();
 *     new MySync(libib).run(members);
 *     assertThat(sandbox.libib().writes()).hasSize(3);
 *   }
 * }
 * }</pre>
 *
 * <p>The injected client has pacing off ({@code requestInterval(Duration.ZERO)}) and retries off
 * ({@link RetryPolicy#none()}), so fault switches show up as exceptions at once and no test waits.
 * To test your own retry settings, build a client from {@link Sandbox#libibBaseUrl()}, {@link
 * Sandbox#LIBIB_API_KEY} and {@link Sandbox#LIBIB_API_USER}. Registered in a static field ({@code
 * @RegisterExtension static LibibSandboxExtension libib = new LibibSandboxExtension();}), {@link
 * #sandbox()} and {@link #client()} give the same objects. Registered together with {@link
 * ActivePlatformSandboxExtension}, both use one sandbox.
 */
public final class LibibSandboxExtension extends SandboxExtensionSupport<LibibClient> {

  /** An extension; JUnit makes one for {@code @ExtendWith}. */
  public LibibSandboxExtension() {
    super(LibibClient.class);
  }

  @Override
  void registered(Store store) {
    store.put(LIBIB_REGISTERED, Boolean.TRUE);
  }

  @Override
  LibibClient newClient(Sandbox sandbox) {
    return LibibClient.builder()
        .baseUrl(sandbox.libibBaseUrl())
        .apiKey(Sandbox.LIBIB_API_KEY)
        .apiUser(Sandbox.LIBIB_API_USER)
        .requestInterval(Duration.ZERO)
        .retryPolicy(RetryPolicy.none())
        .build();
  }
}
