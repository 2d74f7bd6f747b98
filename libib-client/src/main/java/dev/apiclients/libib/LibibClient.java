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
 * share it; writes at least {@link Builder#writeInterval(Duration)} apart (3 s by default, the
 * write limit Libib was observed to keep). Building sends no request. The client is thread-safe.
 */
public final class LibibClient implements AutoCloseable {

  /** Libib's API address. */
  public static final String DEFAULT_BASE_URL = "https://api.libib.com";

  /** Libib's documented rate limit: one request every 2 seconds. */
  public static final Duration DEFAULT_REQUEST_INTERVAL = Duration.ofSeconds(2);

  /**
   * Libib's observed write limit: an update 2 s after a create was refused with 429, 3 s between
   * writes passed. Writes start this far apart unless set otherwise.
   */
  public static final Duration DEFAULT_WRITE_INTERVAL = Duration.ofSeconds(3);

  /** How far adaptive pacing may widen the interval after Libib answers 429 (unless set otherwise). */
  public static final Duration DEFAULT_MAX_REQUEST_INTERVAL = Duration.ofSeconds(10);

  /**
   * The response header read as the request id ({@link dev.apiclients.http.ApiException#requestId()}):
   * Libib documents none, so the client reads the common {@code X-Request-Id} when a response has
   * it. Name another with {@code requestIdHeader(...)}.
   */
  public static final String REQUEST_ID_HEADER = "X-Request-Id";

  private final HttpClientConfig config;
  private final FeignClientFactory factory;
  private final LibibApi api;
  private final Accounts accounts;
  private final Managers managers;
  private final Patrons patrons;

  private LibibClient(HttpClientConfig config) {
    this(config, new FeignClientFactory(config));
  }

  private LibibClient(HttpClientConfig config, FeignClientFactory factory) {
    this.config = config;
    this.factory = factory;
    this.api = factory.create(LibibApi.class, LibibJson.DECODER);
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

  /**
   * A patron import into this library: plan a roster, apply it at this client's pace, re-run it
   * safely. The same as {@link PatronImport#of(LibibClient)}.
   */
  public PatronImport patronImport() {
    return PatronImport.of(this);
  }

  /**
   * Checks the credentials with Libib's connection test ({@code GET /}), for example before a long
   * job. Returns normally when they are accepted.
   *
   * @throws dev.apiclients.http.UnauthorizedException if Libib refuses them; the message says
   *     which header to check
   * @throws dev.apiclients.http.ApiException for any other failure
   */
  public void verifyCredentials() {
    api.connectionTest();
  }

  /**
   * The least time between two request starts right now: the configured interval, or wider after
   * Libib answered reads with 429. For progress displays and time estimates of reads.
   */
  public Duration currentRequestInterval() {
    return factory.currentRequestInterval();
  }

  /**
   * The least time between two write starts right now: the write interval, or the write limit
   * adaptive pacing found (Libib was seen to need about 3 s between writes). Reads are not held to
   * it. For the time a run of writes will take.
   */
  public Duration currentWriteInterval() {
    return factory.currentWriteInterval();
  }

  /**
   * A view of this client whose every call is bounded by {@code callTimeout}: pacing waits, every
   * attempt and the waits between retries; a listing such as {@code getPatrons()} counts as one
   * call, from its first request to its last page. A call that runs out fails with {@link
   * dev.apiclients.http.CallTimeoutException}, saying how far it got.
   *
   * <pre>{@code
   * List<Patron> all = libib.withCallTimeout(Duration.ofMinutes(10)).patrons().getPatrons();
   * }</pre>
   *
   * <p>The view shares this client's pacing (its requests and this client's keep Libib's rate
   * together), connections, listener and options. Closing the view does nothing; closing this
   * client ends the view too. Making a view is cheap but not free: keep one for repeated use.
   *
   * @param callTimeout the bound of each call; replaces the builder's {@code callTimeout}
   * @throws IllegalArgumentException if it is null, zero or negative
   */
  public LibibClient withCallTimeout(Duration callTimeout) {
    return new LibibClient(config, factory.withCallTimeout(callTimeout));
  }

  /**
   * Releases the connections and threads of the HTTP client this client built (one handed in with
   * {@link Builder#transport} stays open). Afterwards every call fails with {@link
   * IllegalStateException} before anything is sent. Idempotent. On a {@link
   * #withCallTimeout(Duration)} view it does nothing: the view owns none of them.
   */
  @Override
  public void close() {
    factory.close();
  }

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
    private Duration requestInterval = DEFAULT_REQUEST_INTERVAL;
    private Duration maxRequestInterval;
    private Duration writeInterval;
    private String baseUrl = DEFAULT_BASE_URL;

    private Builder() {
      requestIdHeader(REQUEST_ID_HEADER);
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
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * The least time between the starts of two requests (default 2 s, Libib's limit); {@link
     * Duration#ZERO} turns pacing off.
     */
    public Builder requestInterval(Duration requestInterval) {
      this.requestInterval = requestInterval;
      return this;
    }

    /**
     * The least time between the starts of two writes (creates, updates, deletes) to begin with;
     * reads keep {@link #requestInterval(Duration)}. Not shorter than the request interval.
     *
     * <p>Unset, it is {@link LibibClient#DEFAULT_WRITE_INTERVAL} (3 s, the write limit Libib was
     * observed to keep, so the first writes meet no 429), or the request interval if that is
     * longer; a request interval shorter than Libib's 2 s (as against a local fake) shortens it
     * alike, to 1.5 times the request interval (30 ms at 20 ms). With adaptive pacing a 429 widens
     * it and rare downward probes narrow it, never below the request interval. Ignored when the
     * request interval is zero (no pacing).
     */
    public Builder writeInterval(Duration writeInterval) {
      this.writeInterval = writeInterval;
      return this;
    }

    /**
     * How far the interval may widen after Libib answers 429 (default {@link
     * LibibClient#DEFAULT_MAX_REQUEST_INTERVAL}, or the request interval if that is longer). Writes
     * and reads adapt apart: a 429 moves the interval of its kind to just above the gap Libib
     * refused (the first time by half), and rare downward probes find the limit again, never below
     * {@link #requestInterval(Duration)}. Set it equal to the request interval for fixed pacing.
     */
    public Builder maxRequestInterval(Duration maxRequestInterval) {
      this.maxRequestInterval = maxRequestInterval;
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
      if (requestInterval == null) {
        throw new IllegalArgumentException("requestInterval must not be null");
      }
      Duration widest = maxRequestInterval != null ? maxRequestInterval
          : requestInterval.compareTo(DEFAULT_MAX_REQUEST_INTERVAL) > 0 ? requestInterval : DEFAULT_MAX_REQUEST_INTERVAL;
      return new LibibClient(httpConfig().baseUrl(baseUrl).credentials(CredentialHeaders.of(headers))
          .requestInterval(requestInterval)
          .maxRequestInterval(widest)
          .writeInterval(writeInterval != null || requestInterval.isZero() ? writeInterval
              : defaultWriteInterval(requestInterval))
          .authFailureHint(authFailureHint(apiUltimate != null))
          .clientName("libib")
          .build());
    }

    /** 3 s, or the request interval if longer; scaled down with a request interval under 2 s. */
    private static Duration defaultWriteInterval(Duration requestInterval) {
      if (requestInterval.compareTo(DEFAULT_WRITE_INTERVAL) >= 0) {
        return requestInterval;
      }
      Duration scaled = requestInterval.plus(requestInterval.dividedBy(2));
      return scaled.compareTo(DEFAULT_WRITE_INTERVAL) < 0 ? scaled : DEFAULT_WRITE_INTERVAL;
    }

    private static String authFailureHint(boolean ultimate) {
      return ultimate
          ? "Check the API key (x-api-key), that x-api-user names the account being acted on (the API user id of"
              + " that library's account) and that x-api-ultimate is your Libib Ultimate id; all are in Libib's"
              + " Settings > API."
          : "Check the API key (x-api-key) and the API user id (x-api-user) in Libib's Settings > API; for"
              + " Libib Ultimate also set apiUltimate(...) (x-api-ultimate) and use the acted-on account's user id.";
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
