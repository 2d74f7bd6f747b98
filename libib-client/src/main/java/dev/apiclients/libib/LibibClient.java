package dev.apiclients.libib;

import dev.apiclients.http.ClientBuilder;
import dev.apiclients.http.CredentialHeaders;
import dev.apiclients.http.FeignClientFactory;
import dev.apiclients.http.HttpClientConfig;
import dev.apiclients.libib.internal.LibibApi;
import dev.apiclients.libib.internal.LibibJson;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A client for Libib's REST API: {@link #accounts()}, {@link #managers()} and {@link #patrons()}.
 *
 * <pre>{@code
 * try (LibibClient libib = LibibClient.builder().apiKey(key).apiUser(user).build()) {
 *   List<Patron> patrons = libib.patrons().getPatrons();
 * }
 * }</pre>
 *
 * <p>Every request carries {@code x-api-key} and {@code x-api-user} (and {@code x-api-ultimate}
 * for Libib Ultimate). Libib allows one request every 2 seconds, so the client starts requests at
 * least {@link Builder#requestInterval(Duration)} apart (2 s by default), across all threads that
 * share it. Building sends no request. The client is thread-safe.
 */
public final class LibibClient implements AutoCloseable {

  /** Libib's API address. */
  public static final String DEFAULT_BASE_URL = "https://api.libib.com";

  /** Libib's documented rate limit: one request every 2 seconds. */
  public static final Duration DEFAULT_REQUEST_INTERVAL = Duration.ofSeconds(2);

  private final HttpClientConfig config;
  private final Accounts accounts;
  private final Managers managers;
  private final Patrons patrons;

  private LibibClient(HttpClientConfig config) {
    this.config = config;
    FeignClientFactory factory = new FeignClientFactory(config);
    LibibApi api = factory.create(LibibApi.class, LibibJson.DECODER);
    this.accounts = new Accounts(api);
    this.managers = new Managers(api);
    this.patrons = new Patrons(api, factory);
  }

  /** A builder; {@code apiKey} and {@code apiUser} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The account listing. */
  public Accounts accounts() {
    return accounts;
  }

  /** The manager operations. */
  public Managers managers() {
    return managers;
  }

  /** The patron operations. */
  public Patrons patrons() {
    return patrons;
  }

  /** Releases nothing today (the JDK client closes its idle connections itself); present for try-with-resources. */
  @Override
  public void close() {}

  /** Shows the configuration, credentials masked. */
  @Override
  public String toString() {
    return "LibibClient[" + config + "]";
  }

  /** Builds a {@link LibibClient}; {@link #build()} validates every option. */
  public static final class Builder extends ClientBuilder<Builder> {
    private String apiKey;
    private String apiUser;
    private String apiUltimate;

    private Builder() {
      http.baseUrl(DEFAULT_BASE_URL)
          .requestInterval(DEFAULT_REQUEST_INTERVAL)
          .authFailureHint("Check the API key (x-api-key) and API user id (x-api-user) in Libib's"
              + " Settings > API, and x-api-ultimate for Libib Ultimate.");
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The API key (sent as {@code x-api-key}). Required. */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /** The API user id (sent as {@code x-api-user}). Required. */
    public Builder apiUser(String apiUser) {
      this.apiUser = apiUser;
      return this;
    }

    /** The Libib Ultimate id (sent as {@code x-api-ultimate}); only for Libib Ultimate accounts. */
    public Builder apiUltimate(String apiUltimate) {
      this.apiUltimate = apiUltimate;
      return this;
    }

    /** The API address (default {@value LibibClient#DEFAULT_BASE_URL}); for proxies and tests. */
    public Builder baseUrl(String baseUrl) {
      http.baseUrl(baseUrl);
      return this;
    }

    /**
     * The least time between the starts of two requests (default 2 s, Libib's limit); {@link
     * Duration#ZERO} turns pacing off.
     */
    public Builder requestInterval(Duration requestInterval) {
      http.requestInterval(requestInterval);
      return this;
    }

    /**
     * Validates and builds the client; sends no request.
     *
     * @throws IllegalArgumentException naming the missing or bad option
     */
    public LibibClient build() {
      requireText(apiKey, "apiKey");
      requireText(apiUser, "apiUser");
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("x-api-key", apiKey.strip());
      headers.put("x-api-user", apiUser.strip());
      if (apiUltimate != null) {
        requireText(apiUltimate, "apiUltimate");
        headers.put("x-api-ultimate", apiUltimate.strip());
      }
      return new LibibClient(http.credentials(CredentialHeaders.of(headers)).build());
    }

    private static void requireText(String value, String name) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " is required (find it in Libib under Settings > API)");
      }
    }

    /** Masks the credentials. */
    @Override
    public String toString() {
      return "LibibClient.Builder[apiKey=" + (apiKey == null ? null : "***")
          + ", apiUser=" + (apiUser == null ? null : "***") + "]";
    }
  }
}
