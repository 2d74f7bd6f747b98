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
 * @param writeInterval the least time between the starts of two writes ({@code POST}, {@code
 *     PUT}, {@code PATCH}, {@code DELETE}) to begin with: {@code requestInterval} or longer, for a
 *     server that limits writes more tightly than reads; adaptive pacing may narrow it down to
 *     {@code requestInterval} or widen it up to {@code maxRequestInterval} (or itself, if longer)
 * @param statusClassifier the client's own reading of response statuses
 * @param requestIdHeader the response header that carries the server's request id, or {@code
 *     null}
 * @param options the network, header, deadline and observation options
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
    Duration writeInterval,
    StatusClassifier statusClassifier,
    String requestIdHeader,
    TransportOptions options) {

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
        + ", writeInterval=" + writeInterval
        + ", customTransport=" + (transport != null)
        + ", maxPages=" + maxPages
        + ", " + options
        + "]";
  }

  /**
   * Builds an {@link HttpClientConfig}: the options every client shares come from {@link
   * ClientBuilder}, the connection's own (base URL, credentials, pacing, ...) are here. {@link
   * #build()} validates every option.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private String baseUrl;
    private CredentialHeaders credentials = CredentialHeaders.none();
    private Set<String> secretQueryParameters = DEFAULT_SECRET_QUERY_PARAMETERS;
    private Duration requestInterval = Duration.ZERO;
    private Duration maxRequestInterval;
    private Duration writeInterval;
    private String authFailureHint = "Check the credentials the client was built with.";
    private StatusClassifier statusClassifier = StatusClassifier.AS_SENT;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** The API origin and optional base path, such as {@code https://api.libib.com}. Required. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
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
     * The least time between the starts of two writes ({@code POST}, {@code PUT}, {@code PATCH},
     * {@code DELETE}) to begin with, for a server that limits writes more tightly than reads: reads
     * keep {@link #requestInterval(Duration)}. Not shorter than the request interval; unset (the
     * default), writes start at the request interval. A zero request interval turns all pacing
     * off, writes included.
     */
    public Builder writeInterval(Duration writeInterval) {
      this.writeInterval = writeInterval;
      return this;
    }

    /** A sentence added to 401 and 403 errors, saying which credential to check. */
    public Builder authFailureHint(String authFailureHint) {
      this.authFailureHint = authFailureHint;
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
     * The client's name in what a {@link dev.apiclients.http.observation.CallListener} receives,
     * such as {@code libib}; also the first part of operation names not declared otherwise.
     */
    public Builder clientName(String clientName) {
      options.clientName(clientName);
      return this;
    }

    /**
     * Validates and builds the configuration.
     *
     * @throws IllegalArgumentException naming the missing or bad option
     */
    public HttpClientConfig build() {
      URI base = ConfigChecks.baseUrl(baseUrl, allowInsecureHttp);
      checkSharedOptions();
      ConfigChecks.requireSet(credentials, "credentials");
      options.checkAgainst(credentials);
      ConfigChecks.requireSet(secretQueryParameters, "secretQueryParameters");
      ConfigChecks.requireSet(authFailureHint, "authFailureHint");
      ConfigChecks.requireSet(statusClassifier, "statusClassifier");
      ConfigChecks.requireHeaderName(requestIdHeader, "requestIdHeader");
      Duration maxInterval = ConfigChecks.intervals(requestInterval, maxRequestInterval);
      Duration writes = ConfigChecks.writeInterval(requestInterval, writeInterval);
      Set<String> lowerCaseSecrets = Set.copyOf(
          secretQueryParameters.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList());
      return new HttpClientConfig(
          base, connectTimeout, readTimeout, retryPolicy, userAgent.strip(), logLevel, credentials,
          lowerCaseSecrets, requestInterval, authFailureHint, clock, sleeper, transport, maxPages, maxInterval,
          writes, statusClassifier, requestIdHeader, options.build());
    }
  }
}
