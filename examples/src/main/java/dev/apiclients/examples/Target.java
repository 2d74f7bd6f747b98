package dev.apiclients.examples;

import dev.apiclients.sandbox.Sandbox;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

/**
 * Where the example programs send their requests: the real services when credentials are in the
 * environment, otherwise an embedded {@link Sandbox} started for the run.
 *
 * @param libibBaseUrl the Libib base URL
 * @param libibApiKey the Libib API key
 * @param libibApiUser the Libib API user id
 * @param libibInterval the pause between Libib requests (2 s for the real service)
 * @param activePlatformBaseUrl the ActivePlatform platform URL
 * @param activePlatformToken the ActivePlatform API token
 * @param resellerId the ActivePlatform reseller whose managers are listed
 * @param sandbox the sandbox that serves this run, or {@code null} for the real services
 */
public record Target(
    String libibBaseUrl, String libibApiKey, String libibApiUser, Duration libibInterval,
    String activePlatformBaseUrl, String activePlatformToken, long resellerId, Sandbox sandbox)
    implements AutoCloseable {

  /** Libib pacing used against the sandbox, so a tour takes seconds instead of minutes. */
  public static final Duration SANDBOX_INTERVAL = Duration.ofMillis(20);

  /** Whether this run talks to the embedded sandbox. */
  public boolean isSandbox() {
    return sandbox != null;
  }

  /** Hides the secrets. */
  @Override
  public String toString() {
    return "Target[libib=" + libibBaseUrl + ", activePlatform=" + activePlatformBaseUrl
        + ", resellerId=" + resellerId + ", sandbox=" + isSandbox() + "]";
  }

  /**
   * Reads {@code LIBIB_API_KEY}, {@code LIBIB_API_USER}, {@code ACTIVEPLATFORM_BASE_URL}, {@code
   * ACTIVEPLATFORM_API_TOKEN} and {@code ACTIVEPLATFORM_RESELLER_ID}; starts a sandbox for the
   * API whose credentials are missing and says so on {@code out}.
   */
  public static Target fromEnvironment(Map<String, String> env, PrintStream out) {
    boolean realLibib = present(env, "LIBIB_API_KEY") && present(env, "LIBIB_API_USER");
    boolean realAp = present(env, "ACTIVEPLATFORM_BASE_URL") && present(env, "ACTIVEPLATFORM_API_TOKEN")
        && present(env, "ACTIVEPLATFORM_RESELLER_ID");
    Sandbox sandbox = realLibib && realAp ? null : Sandbox.start();
    if (sandbox != null) {
      out.println("No " + (realLibib ? "ActivePlatform" : realAp ? "Libib" : "Libib or ActivePlatform")
          + " credentials in the environment: using the embedded sandbox at " + sandbox.baseUrl()
          + " (Libib pacing shortened from 2 s to " + SANDBOX_INTERVAL.toMillis() + " ms).");
      out.println();
    }
    return new Target(
        realLibib ? env.getOrDefault("LIBIB_BASE_URL", "https://api.libib.com") : sandbox.libibBaseUrl(),
        realLibib ? env.get("LIBIB_API_KEY") : Sandbox.LIBIB_API_KEY,
        realLibib ? env.get("LIBIB_API_USER") : Sandbox.LIBIB_API_USER,
        realLibib ? Duration.ofSeconds(2) : SANDBOX_INTERVAL,
        realAp ? env.get("ACTIVEPLATFORM_BASE_URL") : sandbox.activePlatformBaseUrl(),
        realAp ? env.get("ACTIVEPLATFORM_API_TOKEN") : Sandbox.ACTIVEPLATFORM_API_TOKEN,
        realAp ? Long.parseLong(env.get("ACTIVEPLATFORM_RESELLER_ID").strip()) : Sandbox.ACTIVEPLATFORM_RESELLER_ID,
        sandbox);
  }

  /** A target that always uses a fresh sandbox (for tests). */
  public static Target forSandbox() {
    return fromEnvironment(Map.of(), new PrintStream(PrintStream.nullOutputStream()));
  }

  private static boolean present(Map<String, String> env, String name) {
    String value = env.get(name);
    return value != null && !value.isBlank();
  }

  /** Stops the sandbox, if one was started. */
  @Override
  public void close() {
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
