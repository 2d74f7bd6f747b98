package dev.apiclients.spring.boot;

import dev.apiclients.http.ClientBuilder;
import dev.apiclients.http.LogLevel;
import dev.apiclients.http.RetryPolicy;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The options both clients share, bound under {@code apiclients.libib.*} and {@code
 * apiclients.activeplatform.*}. Unset options keep the client's own defaults.
 */
public abstract class ApiClientProperties {

  /** The longest wait to connect. */
  private Duration connectTimeout = Duration.ofSeconds(10);

  /** The longest wait for a whole response once a request is sent, body included. */
  private Duration readTimeout = Duration.ofSeconds(30);

  /**
   * The most pages one listing may fetch; a server that still offers a next page after that ends
   * the listing with a PaginationException.
   */
  private int maxPages = 10_000;

  /**
   * What the client logs through System.Logger (NONE, BASIC or HEADERS); credentials and passwords
   * are always masked, bodies never logged.
   */
  private LogLevel logLevel = LogLevel.NONE;

  /**
   * Bounds each whole call (pacing waits, every attempt and the waits between retries; a listing is
   * one call); a call that runs out fails with CallTimeoutException. Unset: no bound beyond the
   * read timeout per attempt and the retry policy.
   */
  private Duration callTimeout;

  /**
   * A product token of your own, such as my-sync/2.1, sent in the User-Agent header after the
   * library's own.
   */
  private String userAgent;

  /**
   * Headers sent with every request, such as X-Tenant. Credential headers, Host, Content-Length
   * and User-Agent cannot be set this way.
   */
  private Map<String, String> defaultHeaders = new LinkedHashMap<>();

  /**
   * The response header that carries the server's request id, shown in every exception. Unset: the
   * client's own (X-Request-Id).
   */
  private String requestIdHeader;

  /** The HTTP version to ask for. */
  private HttpClient.Version httpVersion = HttpClient.Version.HTTP_1_1;

  /**
   * The name of a Spring Boot SSL bundle (spring.ssl.bundle.*) whose trust material the client uses,
   * such as one that trusts a corporate CA. Unset: the JDK's CA certificates.
   */
  private String sslBundle;

  /** The HTTP proxy to connect through. */
  private final Proxy proxy = new Proxy();

  /** When failed calls are sent again. */
  private final Retry retry = new Retry();

  /** The cached credential check behind the Actuator health indicator. */
  private final Health health = new Health();

  /** For subclasses. */
  protected ApiClientProperties() {}

  /** The longest wait to connect (default 10 s). */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /** Sets the longest wait to connect. */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** The longest wait for a whole response (default 30 s). */
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /** Sets the longest wait for a whole response. */
  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /** The most pages one listing may fetch (default 10,000). */
  public int getMaxPages() {
    return maxPages;
  }

  /** Sets the most pages one listing may fetch. */
  public void setMaxPages(int maxPages) {
    this.maxPages = maxPages;
  }

  /** How much the client logs (default {@link LogLevel#NONE}). */
  public LogLevel getLogLevel() {
    return logLevel;
  }

  /** Sets how much the client logs. */
  public void setLogLevel(LogLevel logLevel) {
    this.logLevel = logLevel;
  }

  /** The bound on each whole call, or null for none. */
  public Duration getCallTimeout() {
    return callTimeout;
  }

  /** Sets the bound on each whole call. */
  public void setCallTimeout(Duration callTimeout) {
    this.callTimeout = callTimeout;
  }

  /** Your product token for the {@code User-Agent} header, or null. */
  public String getUserAgent() {
    return userAgent;
  }

  /** Sets your product token for the {@code User-Agent} header. */
  public void setUserAgent(String userAgent) {
    this.userAgent = userAgent;
  }

  /** Headers sent with every request (empty by default). */
  public Map<String, String> getDefaultHeaders() {
    return defaultHeaders;
  }

  /** Sets the headers sent with every request. */
  public void setDefaultHeaders(Map<String, String> defaultHeaders) {
    this.defaultHeaders = defaultHeaders;
  }

  /** The response header carrying the server's request id, or null for the client's own. */
  public String getRequestIdHeader() {
    return requestIdHeader;
  }

  /** Sets the response header carrying the server's request id. */
  public void setRequestIdHeader(String requestIdHeader) {
    this.requestIdHeader = requestIdHeader;
  }

  /** The HTTP version to ask for (default HTTP/1.1). */
  public HttpClient.Version getHttpVersion() {
    return httpVersion;
  }

  /** Sets the HTTP version to ask for. */
  public void setHttpVersion(HttpClient.Version httpVersion) {
    this.httpVersion = httpVersion;
  }

  /** The SSL bundle whose trust material the client uses, or null for the JDK's. */
  public String getSslBundle() {
    return sslBundle;
  }

  /** Sets the SSL bundle whose trust material the client uses. */
  public void setSslBundle(String sslBundle) {
    this.sslBundle = sslBundle;
  }

  /** The proxy options. */
  public Proxy getProxy() {
    return proxy;
  }

  /** The retry options. */
  public Retry getRetry() {
    return retry;
  }

  /** The health check options. */
  public Health getHealth() {
    return health;
  }

  /** Sets the shared options on a client builder; the SSL bundle is resolved by the caller. */
  void applyTo(ClientBuilder<?> builder) {
    builder.connectTimeout(connectTimeout).readTimeout(readTimeout).maxPages(maxPages).logLevel(logLevel)
        .retryPolicy(retry.toPolicy()).httpVersion(httpVersion);
    if (callTimeout != null) {
      builder.callTimeout(callTimeout);
    }
    if (userAgent != null) {
      builder.userAgent(userAgent);
    }
    if (requestIdHeader != null) {
      builder.requestIdHeader(requestIdHeader);
    }
    defaultHeaders.forEach(builder::defaultHeader);
    if (proxy.getHost() != null) {
      builder.proxy(ProxySelector.of(InetSocketAddress.createUnresolved(proxy.getHost(), proxy.getPort())));
    }
  }

  /**
   * The shared options, for a subclass's {@code toString()}. Default header values are not shown:
   * they may be tokens of their own.
   */
  String sharedOptions() {
    return "connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", callTimeout=" + callTimeout
        + ", maxPages=" + maxPages + ", logLevel=" + logLevel + ", userAgent=" + userAgent + ", defaultHeaders="
        + defaultHeaders.keySet() + ", requestIdHeader=" + requestIdHeader + ", httpVersion=" + httpVersion
        + ", sslBundle=" + sslBundle + ", proxy=" + proxy + ", retry=" + retry + ", health=" + health;
  }

  /** How {@code toString()} shows a secret: whether it is set, never its value. */
  static String mask(String secret) {
    return secret == null ? null : "***";
  }

  /** An HTTP proxy, such as proxy.example.com:3128. */
  public static class Proxy {

    /** The proxy's host name; unset: direct connections. */
    private String host;

    /** The proxy's port. */
    private int port = 3128;

    /** No proxy until a host is set. */
    public Proxy() {}

    /** The proxy's host, or null for direct connections. */
    public String getHost() {
      return host;
    }

    /** Sets the proxy's host. */
    public void setHost(String host) {
      this.host = host;
    }

    /** The proxy's port (default 3128). */
    public int getPort() {
      return port;
    }

    /** Sets the proxy's port. */
    public void setPort(int port) {
      this.port = port;
    }

    /** Shows the host and port. */
    @Override
    public String toString() {
      return host == null ? "none" : host + ":" + port;
    }
  }

  /** When a failed call is sent again; see {@link RetryPolicy} for which calls are ever retried. */
  public static class Retry {

    /** How many times a call may be sent in all; 1 means never retry. */
    private int maxAttempts = 4;

    /** The wait before the first retry when the server gave no Retry-After. */
    private Duration initialBackoff = Duration.ofMillis(500);

    /** The longest backoff wait. */
    private Duration maxBackoff = Duration.ofSeconds(8);

    /** The longest Retry-After the client waits; a longer one fails the call at once. */
    private Duration maxRetryAfter = Duration.ofSeconds(60);

    /** The fraction (0 to 1) by which a backoff wait is randomly shortened. */
    private double jitter = 0.2;

    /** Starts from the values of {@link RetryPolicy#defaults()}. */
    public Retry() {}

    /** How many times a call may be sent in all (default 4). */
    public int getMaxAttempts() {
      return maxAttempts;
    }

    /** Sets how many times a call may be sent in all. */
    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    /** The wait before the first retry (default 500 ms). */
    public Duration getInitialBackoff() {
      return initialBackoff;
    }

    /** Sets the wait before the first retry. */
    public void setInitialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
    }

    /** The longest backoff wait (default 8 s). */
    public Duration getMaxBackoff() {
      return maxBackoff;
    }

    /** Sets the longest backoff wait. */
    public void setMaxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }

    /** The longest {@code Retry-After} the client waits (default 60 s). */
    public Duration getMaxRetryAfter() {
      return maxRetryAfter;
    }

    /** Sets the longest {@code Retry-After} the client waits. */
    public void setMaxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = maxRetryAfter;
    }

    /** The random fraction taken off a backoff wait (default 0.2). */
    public double getJitter() {
      return jitter;
    }

    /** Sets the random fraction taken off a backoff wait. */
    public void setJitter(double jitter) {
      this.jitter = jitter;
    }

    RetryPolicy toPolicy() {
      return RetryPolicy.builder().maxAttempts(maxAttempts).initialBackoff(initialBackoff).maxBackoff(maxBackoff)
          .maxRetryAfter(maxRetryAfter).jitter(jitter).build();
    }

    /** Shows every option. */
    @Override
    public String toString() {
      return "Retry[maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff
          + ", maxRetryAfter=" + maxRetryAfter + ", jitter=" + jitter + "]";
    }
  }

  /**
   * The Actuator health indicator's credential check. Its result is kept for {@link #getCacheTtl()},
   * so that health probes do not spend the API's rate limit.
   */
  public static class Health {

    /** How long one credential check's result is reused before the next probe checks again. */
    private Duration cacheTtl = Duration.ofMinutes(5);

    /** How long a check's result is reused (default 5 minutes; 0 checks on every probe). */
    public Duration getCacheTtl() {
      return cacheTtl;
    }

    /** Sets how long a check's result is reused. */
    public void setCacheTtl(Duration cacheTtl) {
      this.cacheTtl = cacheTtl;
    }

    /** Shows the option. */
    @Override
    public String toString() {
      return "Health[cacheTtl=" + cacheTtl + "]";
    }
  }
}
