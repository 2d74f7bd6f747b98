package dev.apiclients.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * Everything {@link FeignClientFactory} needs to build API clients: where to connect, how long to
 * wait, how to retry and pace, which credentials to send and how much to log. Immutable; build it
 * with {@link #builder()}. {@link #toString()} shows no secret.
 *
 * @param baseUrl the API origin and base path, without a trailing slash
 * @param connectTimeout the longest wait to open a connection
 * @param readTimeout the longest wait for a response once a request is sent
 * @param retryPolicy when a failed call is sent again
 * @param userAgent the {@code User-Agent} header value
 * @param logLevel how much of each exchange is logged
 * @param credentials the credential headers sent with every request
 * @param secretQueryParameters query parameter names whose values are masked wherever a URL is
 *     logged or reported (lower case)
 * @param requestInterval the least time between the starts of two requests ({@link Duration#ZERO}
 *     for no pacing); shared by every thread that uses the built clients
 * @param authFailureHint a sentence added to 401 and 403 errors, saying which credential to check
 * @param clock the clock for pacing and {@code Retry-After} dates
 * @param sleeper how the client waits (inject a fake one in tests)
 * @param transport a caller-supplied JDK {@link HttpClient}, or {@code null} for the default
 *     (HTTP/1.1, no redirects)
 * @param maxPages the most pages one listing may fetch before it fails with {@link
 *     PaginationException}
 * @param maxRequestInterval how far a 429 may widen {@code requestInterval} (adaptive pacing);
 *     equal to it for fixed pacing
 * @param statusClassifier the client's own reading of response statuses
 * @param requestIdHeader the response header that carries the server's request id, or {@code
 *     null}
 */
public record HttpClientConfig(
    URI baseUrl,
    Duration connectTimeout,
    Duration readTimeout,
    RetryPolicy retryPolicy,
    String userAgent,
    LogLevel logLevel,
    CredentialHeaders credentials,
    Set<String> secretQueryParameters,
    Duration requestInterval,
    String authFailureHint,
    Clock clock,
    Sleeper sleeper,
    HttpClient transport,
    int maxPages,
    Duration maxRequestInterval,
    StatusClassifier statusClassifier,
    String requestIdHeader) {

  /** The default {@code User-Agent}. */
  public static final String DEFAULT_USER_AGENT = "dev.apiclients-java/0.1.0";

  /** Query parameter names masked in URLs unless configured otherwise. */
  public static final Set<String> DEFAULT_SECRET_QUERY_PARAMETERS =
      Set.of("password", "token", "api_key", "apikey", "secret", "access_token");

  /** Copies the secret parameter names; use {@link #builder()} for validation and defaults. */
  public HttpClientConfig {
    secretQueryParameters = Set.copyOf(secretQueryParameters);
  }

  /** A builder with the defaults: 10 s connect, 30 s read timeout, {@link RetryPolicy#defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Shows the configuration with credential values masked. */
  @Override
  public String toString() {
    return "HttpClientConfig[baseUrl=" + baseUrl
        + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout
        + ", retryPolicy=" + retryPolicy
        + ", userAgent=" + userAgent
        + ", logLevel=" + logLevel
        + ", credentials=" + credentials
        + ", requestInterval=" + requestInterval
        + ", maxRequestInterval=" + maxRequestInterval
        + ", customTransport=" + (transport != null)
        + ", maxPages=" + maxPages
        + "]";
  }

  /** Builds an {@link HttpClientConfig}; {@link #build()} validates every option. */
  public static final class Builder {
    private String baseUrl;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private String userAgent = DEFAULT_USER_AGENT;
    private LogLevel logLevel = LogLevel.NONE;
    private CredentialHeaders credentials = CredentialHeaders.none();
    private Set<String> secretQueryParameters = DEFAULT_SECRET_QUERY_PARAMETERS;
    private Duration requestInterval = Duration.ZERO;
    private String authFailureHint = "Check the credentials the client was built with.";
    private boolean allowInsecureHttp;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private HttpClient transport;
    private boolean connectTimeoutSet;
    private int maxPages = Paginator.DEFAULT_MAX_PAGES;
    private Duration maxRequestInterval;
    private StatusClassifier statusClassifier = StatusClassifier.AS_SENT;
    private String requestIdHeader;

    private Builder() {}

    /** The API origin and optional base path, such as {@code https://api.libib.com}. Required. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** The longest wait to open a connection (default 10 s). */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      this.connectTimeoutSet = true;
      return this;
    }

    /** The longest wait for a response (default 30 s). */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
      return this;
    }

    /** When failed calls are sent again (default {@link RetryPolicy#defaults()}). */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = retryPolicy;
      return this;
    }

    /** The {@code User-Agent} header value. */
    public Builder userAgent(String userAgent) {
      this.userAgent = userAgent;
      return this;
    }

    /** How much of each exchange is logged (default {@link LogLevel#NONE}). */
    public Builder logLevel(LogLevel logLevel) {
      this.logLevel = logLevel;
      return this;
    }

    /** The credential headers sent with every request. */
    public Builder credentials(CredentialHeaders credentials) {
      this.credentials = credentials;
      return this;
    }

    /** Query parameter names whose values are masked in logged and reported URLs. */
    public Builder secretQueryParameters(Set<String> names) {
      this.secretQueryParameters = names;
      return this;
    }

    /** The least time between the starts of two requests (default zero: no pacing). */
    public Builder requestInterval(Duration requestInterval) {
      this.requestInterval = requestInterval;
      return this;
    }

    /** A sentence added to 401 and 403 errors, saying which credential to check. */
    public Builder authFailureHint(String authFailureHint) {
      this.authFailureHint = authFailureHint;
      return this;
    }

    /**
     * Allows a plain {@code http} base URL on a host that is not loopback. Credentials then cross
     * the network unencrypted; only for trusted test networks.
     */
    public Builder allowInsecureHttp(boolean allowInsecureHttp) {
      this.allowInsecureHttp = allowInsecureHttp;
      return this;
    }

    /** The clock for pacing and {@code Retry-After} dates (tests inject a fake one). */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** How the client waits (tests inject one that does not sleep). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    /**
     * A JDK {@link HttpClient} to send requests with, for proxies, TLS settings or executors of
     * your own. It must not follow redirects ({@code followRedirects(NEVER)}, the JDK's default):
     * a redirect could carry credentials to another host, so {@link #build()} refuses one that
     * does. Its own connect timeout applies; {@link #connectTimeout(Duration)} cannot be combined
     * with it. The read timeout still bounds every response.
     */
    public Builder transport(HttpClient transport) {
      this.transport = transport;
      return this;
    }

    /**
     * Turns on adaptive pacing: after a 429 the request interval widens by half, up to this, and
     * narrows back step by step after runs of successes, never below {@link
     * #requestInterval(Duration)}. Unset (the default), the interval stays fixed.
     */
    public Builder maxRequestInterval(Duration maxRequestInterval) {
      this.maxRequestInterval = maxRequestInterval;
      return this;
    }

    /**
     * A rule of the client's own for reading statuses, such as "a 403 with {@code
     * X-RateLimit-Remaining: 0} is a 429" (default: every status as sent).
     */
    public Builder statusClassifier(StatusClassifier statusClassifier) {
      this.statusClassifier = statusClassifier;
      return this;
    }

    /**
     * The response header that carries the server's request id (such as {@code X-Request-Id}),
     * shown in every exception's message and {@link ApiException#requestId()}: what a support
     * desk asks for.
     */
    public Builder requestIdHeader(String requestIdHeader) {
      this.requestIdHeader = requestIdHeader;
      return this;
    }

    /**
     * The most pages one listing may fetch (default {@value Paginator#DEFAULT_MAX_PAGES}); a
     * listing that still offers a next page after that fails with {@link PaginationException}.
     */
    public Builder maxPages(int maxPages) {
      this.maxPages = maxPages;
      return this;
    }

    /**
     * Validates and builds the configuration.
     *
     * @throws IllegalArgumentException naming the missing or bad option
     */
    public HttpClientConfig build() {
      URI base = validateBaseUrl(baseUrl, allowInsecureHttp);
      requirePositive(connectTimeout, "connectTimeout");
      requirePositive(readTimeout, "readTimeout");
      requireSet(retryPolicy, "retryPolicy");
      if (userAgent == null || userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < ' ')) {
        throw new IllegalArgumentException("userAgent must be a non-blank single line");
      }
      requireSet(logLevel, "logLevel");
      requireSet(credentials, "credentials");
      requireSet(secretQueryParameters, "secretQueryParameters");
      requireSet(requestInterval, "requestInterval");
      if (requestInterval.isNegative()) {
        throw new IllegalArgumentException("requestInterval must not be negative, was " + requestInterval);
      }
      requireSet(authFailureHint, "authFailureHint");
      requireSet(clock, "clock");
      if (transport != null && transport.followRedirects() != HttpClient.Redirect.NEVER) {
        throw new IllegalArgumentException("transport follows redirects (" + transport.followRedirects() + "); a"
            + " redirect could carry the credentials to another host. Build it with"
            + " followRedirects(HttpClient.Redirect.NEVER)");
      }
      if (transport != null && connectTimeoutSet) {
        throw new IllegalArgumentException("connectTimeout does not apply to a transport of your own: set it on"
            + " that HttpClient with HttpClient.newBuilder().connectTimeout(...)");
      }
      requireSet(sleeper, "sleeper");
      if (maxPages < 1) {
        throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
      }
      requireSet(statusClassifier, "statusClassifier");
      if (requestIdHeader != null && (requestIdHeader.isBlank() || requestIdHeader.chars().anyMatch(c -> c <= ' ' || c >= 127))) {
        throw new IllegalArgumentException("requestIdHeader must be a header name, such as X-Request-Id");
      }
      Duration maxInterval = maxRequestInterval == null ? requestInterval : maxRequestInterval;
      if (maxInterval.compareTo(requestInterval) < 0) {
        throw new IllegalArgumentException("maxRequestInterval (" + maxInterval
            + ") must not be shorter than requestInterval (" + requestInterval + ")");
      }
      Set<String> lowerCaseSecrets = Set.copyOf(
          secretQueryParameters.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList());
      return new HttpClientConfig(
          base, connectTimeout, readTimeout, retryPolicy, userAgent.strip(), logLevel, credentials,
          lowerCaseSecrets, requestInterval, authFailureHint, clock, sleeper, transport, maxPages, maxInterval,
          statusClassifier, requestIdHeader);
    }

    private static URI validateBaseUrl(String baseUrl, boolean allowInsecureHttp) {
      if (baseUrl == null || baseUrl.isBlank()) {
        throw new IllegalArgumentException("baseUrl is required, for example https://api.example.com");
      }
      URI uri;
      try {
        uri = URI.create(baseUrl.strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("baseUrl is not a valid URL: " + e.getMessage());
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
        throw new IllegalArgumentException(
            "baseUrl must be an absolute http(s) URL with a host, such as https://api.example.com; was " + baseUrl);
      }
      if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
        throw new IllegalArgumentException("baseUrl must not contain user info, a query or a fragment");
      }
      if (scheme.equals("http") && !isLoopback(uri.getHost()) && !allowInsecureHttp) {
        throw new IllegalArgumentException(
            "baseUrl uses plain http on a non-loopback host, which would send credentials unencrypted;"
                + " use https, or allowInsecureHttp(true) for a trusted test network: " + baseUrl);
      }
      String text = uri.toString();
      while (text.endsWith("/")) {
        text = text.substring(0, text.length() - 1);
      }
      return URI.create(text);
    }

    private static boolean isLoopback(String host) {
      String h = host.toLowerCase(Locale.ROOT);
      return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }

    private static void requirePositive(Duration duration, String name) {
      requireSet(duration, name);
      if (duration.isZero() || duration.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive, was " + duration);
      }
    }

    private static void requireSet(Object value, String name) {
      if (value == null) {
        throw new IllegalArgumentException(name + " must not be null");
      }
    }
  }
}
