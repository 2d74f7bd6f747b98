package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.ActivePlatformApi;
import dev.apiclients.activeplatform.internal.ManagersJsonApi;
import dev.apiclients.http.ClientBuilder;
import dev.apiclients.http.CredentialHeaders;
import dev.apiclients.http.FeignClientFactory;
import dev.apiclients.http.HttpClientConfig;
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
        factory.create(ActivePlatformApi.class, ManagersJsonApi.DECODER), factory, pageSize);
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
  public static final class Builder extends ClientBuilder<Builder> {
    private String baseUrl;
    private String apiToken;
    private int pageSize = DEFAULT_PAGE_SIZE;

    private Builder() {
      http.authFailureHint("Check the X-Api-Token, and that the manager's role and access level allow"
          + " 'Get list of managers' for this reseller.");
    }

    @Override
    protected Builder self() {
      return this;
    }

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
