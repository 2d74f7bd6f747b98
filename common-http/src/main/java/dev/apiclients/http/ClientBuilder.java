package dev.apiclients.http;

import dev.apiclients.http.observation.CallListener;
import dev.apiclients.http.paging.Paginator;
import java.net.Authenticator;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;

/**
 * The options every client builder shares, each declared once: here. {@link
 * HttpClientConfig.Builder} extends it with the connection's own options; an API client's builder
 * extends it with its credentials and starts its configuration from {@link #httpConfig()}.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {

  Duration connectTimeout = Duration.ofSeconds(10);
  boolean connectTimeoutSet;
  Duration readTimeout = Duration.ofSeconds(30);
  RetryPolicy retryPolicy = RetryPolicy.defaults();
  String userAgent = HttpClientConfig.DEFAULT_USER_AGENT;
  LogLevel logLevel = LogLevel.NONE;
  int maxPages = Paginator.DEFAULT_MAX_PAGES;
  Clock clock = Clock.systemUTC();
  Sleeper sleeper = Sleeper.SYSTEM;
  HttpClient transport;
  String requestIdHeader;
  final TransportOptions.Builder options = TransportOptions.builder();

  /** For subclasses. */
  protected ClientBuilder() {}

  /** This builder, typed as the subclass. */
  protected abstract B self();

  /** The longest wait to connect (default 10 s). */
  public B connectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
    this.connectTimeoutSet = true;
    return self();
  }

  /**
   * The longest wait for a whole response once a request is sent, body included (default 30 s).
   */
  public B readTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
    return self();
  }

  /** When failed calls are retried (default {@link RetryPolicy#defaults()}). */
  public B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = retryPolicy;
    return self();
  }

  /**
   * A product token of your own, such as {@code my-sync/2.1}, sent in the {@code User-Agent} header
   * after the library's own ({@value HttpClientConfig#DEFAULT_USER_AGENT}), so that the API
   * provider sees both.
   */
  public B userAgent(String userAgent) {
    this.userAgent = userAgent == null || userAgent.isBlank()
        ? userAgent : HttpClientConfig.DEFAULT_USER_AGENT + " " + userAgent.strip();
    return self();
  }

  /** How much to log (default none); credentials and passwords are always masked. */
  public B logLevel(LogLevel logLevel) {
    this.logLevel = logLevel;
    return self();
  }

  /**
   * The most pages one listing may fetch (default {@value Paginator#DEFAULT_MAX_PAGES}); a listing
   * whose server still offers a next page after that fails with {@link PaginationException}
   * instead of running on forever.
   */
  public B maxPages(int maxPages) {
    this.maxPages = maxPages;
    return self();
  }

  /** The clock for pacing and {@code Retry-After} dates; for tests. */
  public B clock(Clock clock) {
    this.clock = clock;
    return self();
  }

  /** How the client waits (pacing, retries); for tests, so that they never sleep. */
  public B sleeper(Sleeper sleeper) {
    this.sleeper = sleeper;
    return self();
  }

  /**
   * A JDK {@link HttpClient} of your own (proxy, TLS, executor). It must not follow redirects
   * ({@code build()} refuses one that does: a redirect could carry credentials elsewhere), and its
   * own connect timeout applies ({@link #connectTimeout(Duration)} cannot be combined with it).
   */
  public B transport(HttpClient transport) {
    this.transport = transport;
    return self();
  }

  /**
   * The response header that carries the server's request id (such as {@code X-Request-Id}),
   * shown in every exception's message and {@link ApiException#requestId()}: what a support desk
   * asks for. Each client sets the header its API is known to send; this replaces it.
   */
  public B requestIdHeader(String requestIdHeader) {
    this.requestIdHeader = requestIdHeader;
    return self();
  }

  /**
   * Hears of every call and attempt, for metrics and traces (the {@code apiclients-micrometer}
   * module has one for Micrometer). Default: none, which costs nothing per call.
   */
  public B callListener(CallListener callListener) {
    options.callListener(callListener);
    return self();
  }

  /**
   * The proxy to connect through, such as {@code ProxySelector.of(new
   * InetSocketAddress("proxy.example.com", 3128))}. Default: direct connections (the JDK's system
   * proxy properties are not read unless you pass {@link ProxySelector#getDefault()}).
   */
  public B proxy(ProxySelector proxy) {
    options.proxy(proxy);
    return self();
  }

  /**
   * Answers the proxy's authentication challenge (407). Only proxy challenges are answered: the
   * API's own credentials are the client's headers. With an authenticator set the JDK client takes
   * an API's 401 for a challenge of its own; the client still fails it with {@link
   * UnauthorizedException}, though without the response's body and headers.
   */
  public B proxyAuthenticator(Authenticator authenticator) {
    options.proxyAuthenticator(authenticator);
    return self();
  }

  /**
   * The TLS context, such as one that trusts a corporate CA (see the README's recipe). Default:
   * the JDK's, trusting its own CA certificates.
   */
  public B sslContext(SSLContext sslContext) {
    options.sslContext(sslContext);
    return self();
  }

  /** The HTTP version to ask for (default {@link HttpClient.Version#HTTP_1_1}). */
  public B httpVersion(HttpClient.Version httpVersion) {
    options.httpVersion(httpVersion);
    return self();
  }

  /**
   * The executor the JDK client uses for its own asynchronous work (default: the JDK's own pool).
   * Calls still run on the calling thread.
   */
  public B executor(Executor executor) {
    options.executor(executor);
    return self();
  }

  /**
   * A header sent with every request, such as {@code X-Tenant}; setting a name again replaces its
   * value. Credential headers, {@code Host}, {@code Content-Length} and {@code User-Agent} (see
   * {@link #userAgent(String)}) cannot be set this way.
   */
  public B defaultHeader(String name, String value) {
    options.defaultHeader(name, value);
    return self();
  }

  /**
   * Adds headers per request, such as a correlation id or {@code traceparent}; it runs on the
   * calling thread and never sees or changes the credential headers. Default: none.
   */
  public B requestHook(RequestHook requestHook) {
    options.requestHook(requestHook);
    return self();
  }

  /**
   * Bounds each whole call: pacing waits, every attempt and the waits between retries; a listing
   * counts as one call, from its first request to its last page. A call that runs out fails with
   * {@link CallTimeoutException}, saying how far it got. Default: none (each attempt is still
   * bounded by the read timeout, and the retries by the {@link RetryPolicy}).
   */
  public B callTimeout(Duration callTimeout) {
    options.callTimeout(callTimeout);
    return self();
  }

  /**
   * A configuration builder holding the shared options set on this builder, for an API client's
   * {@code build()} to add its base URL and credentials to.
   */
  protected final HttpClientConfig.Builder httpConfig() {
    HttpClientConfig.Builder config = HttpClientConfig.builder();
    config.connectTimeout = connectTimeout;
    config.connectTimeoutSet = connectTimeoutSet;
    config.readTimeout = readTimeout;
    config.retryPolicy = retryPolicy;
    config.userAgent = userAgent;
    config.logLevel = logLevel;
    config.maxPages = maxPages;
    config.clock = clock;
    config.sleeper = sleeper;
    config.transport = transport;
    config.requestIdHeader = requestIdHeader;
    config.options.copyFrom(options);
    return config;
  }

  /** Validates the shared options; each error names the option. */
  final void checkSharedOptions() {
    ConfigChecks.requirePositive(connectTimeout, "connectTimeout");
    ConfigChecks.requirePositive(readTimeout, "readTimeout");
    ConfigChecks.requireSet(retryPolicy, "retryPolicy");
    if (userAgent == null || userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < ' ')) {
      throw new IllegalArgumentException("userAgent must be a non-blank single line");
    }
    ConfigChecks.requireSet(logLevel, "logLevel");
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
    }
    ConfigChecks.requireSet(clock, "clock");
    ConfigChecks.requireSet(sleeper, "sleeper");
    if (transport != null && transport.followRedirects() != HttpClient.Redirect.NEVER) {
      throw new IllegalArgumentException("transport follows redirects (" + transport.followRedirects() + "); a"
          + " redirect could carry the credentials to another host. Build it with"
          + " followRedirects(HttpClient.Redirect.NEVER)");
    }
    options.check(transport != null);
    if (transport != null && connectTimeoutSet) {
      throw new IllegalArgumentException("connectTimeout does not apply to a transport of your own: set it on"
          + " that HttpClient with HttpClient.newBuilder().connectTimeout(...)");
    }
  }
}
