package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.ActivePlatformApi;
import dev.apiclients.activeplatform.internal.ManagersJsonApi;
import dev.apiclients.http.CredentialHeaders;
import dev.apiclients.http.FeignClientFactory;
import dev.apiclients.http.HttpClientConfig;
import dev.apiclients.http.LogLevel;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.http.Sleeper;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * A client for the ActivePlatform API v3 (JSON:API).
 *
 * <pre>{@code
 * try (ActivePlatformClient ap = ActivePlatformClient.builder()
 *     .baseUrl("https://cp.example.com").apiToken(token).build()) {
 *   List<Manager> managers = ap.managers().getManagers(1);
 * }
 * }</pre>
 *
 * <p>Every request carries {@code X-Api-Token} and the JSON:API media type in {@code Accept} and
 * {@code Content-Type}. Page links are followed only to the configured platform URL, so the token
 * never goes to another host. Building sends no request; the client is thread-safe.
 */
public final class ActivePlatformClient implements AutoCloseable {

  /** The page size the API uses by default. */
  public static final int DEFAULT_PAGE_SIZE = 50;

  /**
   * The largest page size this client sends. The API documents no maximum; this is the client's
   * own bound, so that one page stays a reasonable response.
   */
  public static final int MAX_PAGE_SIZE = 1000;

  private final HttpClientConfig config;
  private final Managers managers;

  private ActivePlatformClient(HttpClientConfig config, int pageSize) {
    this.config = config;
    FeignClientFactory factory = new FeignClientFactory(config);
    this.managers = new Managers(
        factory.create(ActivePlatformApi.class, ManagersJsonApi.DECODER), factory.originPolicy(), pageSize);
  }

  /** A builder; {@code baseUrl} and {@code apiToken} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The reseller manager listing. */
  public Managers managers() {
    return managers;
  }

  /** Releases nothing today; present for try-with-resources. */
  @Override
  public void close() {}

  /** Shows the configuration, the token masked. */
  @Override
  public String toString() {
    return "ActivePlatformClient[" + config + "]";
  }

  static void requirePageSize(int size, String name) {
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(name + " must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
    }
  }

  /** Builds an {@link ActivePlatformClient}; {@link #build()} validates every option. */
  public static final class Builder {
    private String baseUrl;
    private String apiToken;
    private int pageSize = DEFAULT_PAGE_SIZE;
    private final HttpClientConfig.Builder http = HttpClientConfig.builder()
        .authFailureHint("Check the X-Api-Token, and that the manager's role and access level allow"
            + " 'Get list of managers' for this reseller.");

    private Builder() {}

    /** Your ActivePlatform URL, such as {@code https://cp.example.com}. Required. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** A manager's API token (sent as {@code X-Api-Token}). Required. */
    public Builder apiToken(String apiToken) {
      this.apiToken = apiToken;
      return this;
    }

    /** Managers per page for {@code getManagers} and {@code streamManagers} (default 50). */
    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /** The longest wait to connect (default 10 s). */
    public Builder connectTimeout(Duration connectTimeout) {
      http.connectTimeout(connectTimeout);
      return this;
    }

    /** The longest wait for a response (default 30 s). */
    public Builder readTimeout(Duration readTimeout) {
      http.readTimeout(readTimeout);
      return this;
    }

    /** When failed calls are retried (default {@link RetryPolicy#defaults()}). */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      http.retryPolicy(retryPolicy);
      return this;
    }

    /** The {@code User-Agent} header. */
    public Builder userAgent(String userAgent) {
      http.userAgent(userAgent);
      return this;
    }

    /** How much to log (default none); the token is always masked. */
    public Builder logLevel(LogLevel logLevel) {
      http.logLevel(logLevel);
      return this;
    }

    /** The clock for {@code Retry-After} dates; for tests. */
    public Builder clock(Clock clock) {
      http.clock(clock);
      return this;
    }

    /** How the client waits between retries; for tests. */
    public Builder sleeper(Sleeper sleeper) {
      http.sleeper(sleeper);
      return this;
    }

    /** A JDK {@link HttpClient} of your own (proxy, TLS); give it {@code followRedirects(NEVER)}. */
    public Builder transport(HttpClient transport) {
      http.transport(transport);
      return this;
    }

    /**
     * Validates and builds the client; sends no request.
     *
     * @throws IllegalArgumentException naming the missing or bad option
     */
    public ActivePlatformClient build() {
      if (baseUrl == null || baseUrl.isBlank()) {
        throw new IllegalArgumentException(
            "baseUrl is required: your ActivePlatform URL, such as https://cp.example.com");
      }
      if (apiToken == null || apiToken.isBlank()) {
        throw new IllegalArgumentException("apiToken is required: a manager's API token from the Operator Control Panel");
      }
      requirePageSize(pageSize, "pageSize");
      HttpClientConfig config = http.baseUrl(baseUrl)
          .credentials(CredentialHeaders.of(Map.of("X-Api-Token", apiToken.strip())))
          .build();
      return new ActivePlatformClient(config, pageSize);
    }

    /** Masks the token. */
    @Override
    public String toString() {
      return "ActivePlatformClient.Builder[baseUrl=" + baseUrl + ", apiToken=" + (apiToken == null ? null : "***") + "]";
    }
  }
}
