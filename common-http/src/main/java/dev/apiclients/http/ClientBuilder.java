package dev.apiclients.http;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

/**
 * The options every API client builder shares, forwarded to an {@link HttpClientConfig.Builder}.
 * Client builders extend it and add their own credentials and options.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {

  /** The configuration being built; subclasses add credentials and defaults to it. */
  protected final HttpClientConfig.Builder http = HttpClientConfig.builder();

  /** For subclasses. */
  protected ClientBuilder() {}

  /** This builder, typed as the subclass. */
  protected abstract B self();

  /** The longest wait to connect (default 10 s). */
  public B connectTimeout(Duration connectTimeout) {
    http.connectTimeout(connectTimeout);
    return self();
  }

  /** The longest wait for a response once a request is sent (default 30 s). */
  public B readTimeout(Duration readTimeout) {
    http.readTimeout(readTimeout);
    return self();
  }

  /** When failed calls are retried (default {@link RetryPolicy#defaults()}). */
  public B retryPolicy(RetryPolicy retryPolicy) {
    http.retryPolicy(retryPolicy);
    return self();
  }

  /** The {@code User-Agent} header. */
  public B userAgent(String userAgent) {
    http.userAgent(userAgent);
    return self();
  }

  /** How much to log (default none); credentials and passwords are always masked. */
  public B logLevel(LogLevel logLevel) {
    http.logLevel(logLevel);
    return self();
  }

  /**
   * The most pages one listing may fetch (default {@value Paginator#DEFAULT_MAX_PAGES}); a listing
   * whose server still offers a next page after that fails with {@link PaginationException}
   * instead of running on forever.
   */
  public B maxPages(int maxPages) {
    http.maxPages(maxPages);
    return self();
  }

  /** The clock for pacing and {@code Retry-After} dates; for tests. */
  public B clock(Clock clock) {
    http.clock(clock);
    return self();
  }

  /** How the client waits (pacing, retries); for tests, so that they never sleep. */
  public B sleeper(Sleeper sleeper) {
    http.sleeper(sleeper);
    return self();
  }

  /**
   * A JDK {@link HttpClient} of your own (proxy, TLS, executor). It must not follow redirects
   * ({@code build()} refuses one that does: a redirect could carry credentials elsewhere), and its
   * own connect timeout applies ({@link #connectTimeout(Duration)} cannot be combined with it).
   */
  public B transport(HttpClient transport) {
    http.transport(transport);
    return self();
  }
}
