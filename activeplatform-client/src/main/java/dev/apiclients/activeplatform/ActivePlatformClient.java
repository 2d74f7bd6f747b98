package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.JsonApiDecoder;
import dev.apiclients.activeplatform.internal.JsonApiReader;
import dev.apiclients.activeplatform.internal.ResourceTypes;
import dev.apiclients.activeplatform.internal.ResourcesApi;
import dev.apiclients.activeplatform.internal.UrlTemplates;
import dev.apiclients.http.ClientBuilder;
import dev.apiclients.http.CredentialHeaders;
import dev.apiclients.http.FeignClientFactory;
import dev.apiclients.http.HttpClientConfig;
import java.time.Duration;
import java.util.Map;

/**
 * A client for the ActivePlatform API v3 (JSON:API).
 *
 * <pre>{@code
 * try (ActivePlatformClient ap = ActivePlatformClient.builder()
 *     .baseUrl("https://cp.example.com").apiToken(token).build()) {
 *   List<Manager> managers = ap.managers().getManagers(1);
 *   Stream<Order> orders = ap.orders().streamOrders(1, OrderQuery.builder().sortDescending("created_at").build());
 * }
 * }</pre>
 *
 * <p>Every request carries {@code X-Api-Token} and the JSON:API media type in {@code Accept} and
 * {@code Content-Type}. Page links are followed only to the configured platform URL, so the token
 * never goes to another host. Building sends no request; the client is thread-safe.
 */
public final class ActivePlatformClient implements AutoCloseable {

  /** The page size the API uses by default. */
  public static final int DEFAULT_PAGE_SIZE = JsonApiReader.DEFAULT_PAGE_SIZE;

  /**
   * The largest page size this client sends. The API documents no maximum; this is the client's
   * own bound, so that one page stays a reasonable response.
   */
  public static final int MAX_PAGE_SIZE = JsonApiReader.MAX_PAGE_SIZE;

  /**
   * The response header read as the request id ({@link dev.apiclients.http.ApiException#requestId()}):
   * ActivePlatform documents none, so the client reads the common {@code X-Request-Id} when a
   * response has it. Name another with {@code requestIdHeader(...)}.
   */
  public static final String REQUEST_ID_HEADER = "X-Request-Id";

  private final HttpClientConfig config;
  private final FeignClientFactory factory;
  private final int pageSize;
  private final boolean view;
  private final Managers managers;
  private final Accounts accounts;
  private final Subscriptions subscriptions;
  private final Orders orders;
  private final Plans plans;
  private final Resellers resellers;

  private ActivePlatformClient(HttpClientConfig config, int pageSize) {
    this(config, new FeignClientFactory(config), pageSize, false);
  }

  private ActivePlatformClient(HttpClientConfig config, FeignClientFactory factory, int pageSize, boolean view) {
    this.config = config;
    this.view = view;
    this.factory = factory;
    this.pageSize = pageSize;
    JsonApiReader reader = new JsonApiReader(
        factory.create(ResourcesApi.class, JsonApiDecoder.DECODER, UrlTemplates::template), factory);
    this.managers = new Managers(reader, pageSize);
    this.accounts = new Accounts(new ResourceCalls<>(reader, ResourceTypes.ACCOUNTS, "accounts", pageSize));
    this.subscriptions =
        new Subscriptions(new ResourceCalls<>(reader, ResourceTypes.SUBSCRIPTIONS, "subscriptions", pageSize));
    this.orders = new Orders(new ResourceCalls<>(reader, ResourceTypes.ORDERS, "orders", pageSize));
    this.plans = new Plans(new ResourceCalls<>(reader, ResourceTypes.PLANS, "plans", pageSize));
    this.resellers = new Resellers(new ResourceCalls<>(reader, ResourceTypes.RESELLERS, "", pageSize),
        new ResourceCalls<>(reader, ResourceTypes.RESELLERS, "child_resellers", pageSize));
  }

  /** A builder; {@code baseUrl} and {@code apiToken} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Managers, downstream resellers' managers and manager roles. */
  public Managers managers() {
    return managers;
  }

  /** Customer accounts. */
  public Accounts accounts() {
    return accounts;
  }

  /** Subscriptions. */
  public Subscriptions subscriptions() {
    return subscriptions;
  }

  /** Orders. */
  public Orders orders() {
    return orders;
  }

  /** Plans. */
  public Plans plans() {
    return plans;
  }

  /** The reseller itself and its downstream resellers. */
  public Resellers resellers() {
    return resellers;
  }

  /**
   * A view of this client whose every call is bounded by {@code callTimeout}: pacing waits, every
   * attempt and the waits between retries; a listing such as {@code getAccounts(1)} counts as one
   * call, from its first request to its last page. A call that runs out fails with {@link
   * dev.apiclients.http.CallTimeoutException}, saying how far it got.
   *
   * <pre>{@code
   * List<Order> orders = ap.withCallTimeout(Duration.ofSeconds(30)).orders().getOrders(1);
   * }</pre>
   *
   * <p>The view shares this client's connections, pacing, listener and options. Closing the view
   * does nothing; closing this client ends the view too. Making a view is cheap but not free: keep
   * one for repeated use.
   *
   * @param callTimeout the bound of each call; replaces the builder's {@code callTimeout}
   * @throws IllegalArgumentException if it is null, zero or negative
   */
  public ActivePlatformClient withCallTimeout(Duration callTimeout) {
    return new ActivePlatformClient(config, factory.withCallTimeout(callTimeout), pageSize, true);
  }

  /**
   * Releases nothing today; present for try-with-resources. On a {@link #withCallTimeout(Duration)}
   * view it does nothing, whatever closing the client does.
   */
  @Override
  public void close() {
    if (view) {
      return;
    }
  }

  /** Shows the configuration, the token masked. */
  @Override
  public String toString() {
    return "ActivePlatformClient[" + config + "]";
  }

  /** Builds an {@link ActivePlatformClient}; {@link #build()} validates every option. */
  public static final class Builder extends ClientBuilder<Builder> {
    private String baseUrl;
    private String apiToken;
    private int pageSize = DEFAULT_PAGE_SIZE;

    private Builder() {
      requestIdHeader(REQUEST_ID_HEADER);
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

    /** Resources per page for every listing that does not set its own (default 50). */
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
      JsonApiReader.requirePageSize(pageSize, "pageSize");
      HttpClientConfig config = httpConfig().baseUrl(baseUrl)
          .credentials(CredentialHeaders.of(Map.of("X-Api-Token", apiToken.strip())))
          .authFailureHint("Check the X-Api-Token, and that the manager's role and access level allow"
              + " this method for this reseller.")
          .clientName("activeplatform")
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
