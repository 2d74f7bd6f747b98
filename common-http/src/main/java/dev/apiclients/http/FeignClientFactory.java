package dev.apiclients.http;

import dev.apiclients.http.decoding.ResponseBodyDecoder;
import dev.apiclients.http.decoding.ResponseDecoder;
import dev.apiclients.http.internal.BaseUrlTarget;
import dev.apiclients.http.internal.CallContext;
import dev.apiclients.http.internal.CallTracking;
import dev.apiclients.http.internal.ErrorMapper;
import dev.apiclients.http.internal.ExceptionTranslator;
import dev.apiclients.http.internal.ExchangeLog;
import dev.apiclients.http.internal.FeignAdapters;
import dev.apiclients.http.internal.FixedOptions;
import dev.apiclients.http.internal.InterfaceHeaders;
import dev.apiclients.http.internal.JdkHttpTransport;
import dev.apiclients.http.internal.Redactor;
import dev.apiclients.http.internal.RequestPacer;
import dev.apiclients.http.internal.RetryingTransport;
import dev.apiclients.http.observation.UrlTemplater;
import dev.apiclients.http.paging.NextPageStrategy;
import dev.apiclients.http.paging.Page;
import dev.apiclients.http.paging.PageFetcher;
import dev.apiclients.http.paging.Paginator;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Builds API clients from Feign interfaces, wired the one way every client in this library uses:
 * JDK {@link HttpClient} over HTTP/1.1 without redirects, credential headers, the {@link
 * RetryPolicy}, request pacing, origin checks, masked logging, and the {@link ApiException}
 * hierarchy for every failure. Clients built by one factory share one connection pool and one
 * pacer, and are thread-safe.
 */
public final class FeignClientFactory implements AutoCloseable {

  private final HttpClientConfig config;
  private final Redactor redactor;
  private final OriginPolicy originPolicy;
  private final RetryingTransport transport;
  private final ErrorMapper errorMapper;
  private final Request.Options options;
  private final RequestPacer pacer;
  private final JdkHttpTransport jdkTransport;
  private final TransportOptions transportOptions;
  /** Whether this factory built its transport (false for a {@link #withCallTimeout} view). */
  private final boolean ownsTransport;

  /**
   * Creates the factory and its shared transport. No request is sent.
   *
   * @param config the validated configuration
   */
  public FeignClientFactory(HttpClientConfig config) {
    this(config, null, null, config.options());
  }

  private FeignClientFactory(
      HttpClientConfig config, JdkHttpTransport sharedTransport, RequestPacer sharedPacer, TransportOptions options) {
    this.config = Objects.requireNonNull(config, "config");
    this.transportOptions = options;
    this.ownsTransport = sharedTransport == null;
    this.redactor = new Redactor(config.credentials(), config.secretQueryParameters());
    this.originPolicy = new OriginPolicy(config.baseUrl());
    this.jdkTransport = sharedTransport != null ? sharedTransport
        : new JdkHttpTransport(config.transport() != null ? config.transport() : jdkClient(config),
            config.transport() == null, RetryingTransport.MAX_BODY_BYTES, fixedHeaders(config));
    this.pacer = sharedPacer != null ? sharedPacer : new RequestPacer(config.requestInterval(),
        config.writeInterval(), config.maxRequestInterval(), config.clock(), CallContext.pacingSleeper(config.sleeper()));
    this.transport = new RetryingTransport(
        jdkTransport, originPolicy, config.retryPolicy(), pacer,
        config.sleeper(), config.clock(), redactor, new ExchangeLog(config.logLevel(), redactor, fixedHeaders(config)),
        config.statusClassifier(), options.tracksCalls() || options.requestHook() != null);
    this.errorMapper = new ErrorMapper(
        redactor, config.authFailureHint(), config.clock(), config.statusClassifier(), config.requestIdHeader());
    this.options = new FixedOptions(config.connectTimeout().toMillis(), config.readTimeout().toMillis());
  }

  /** The credential headers and the {@code User-Agent}, which the transport sets on every request. */
  private static Map<String, String> fixedHeaders(HttpClientConfig config) {
    Map<String, String> headers = new LinkedHashMap<>(config.credentials().asMap());
    headers.put("User-Agent", config.userAgent());
    return headers;
  }

  /** The JDK client the library builds: no redirects, with the configured network options. */
  private static HttpClient jdkClient(HttpClientConfig config) {
    TransportOptions options = config.options();
    HttpClient.Builder builder = HttpClient.newBuilder()
        .version(options.httpVersion())
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER);
    if (options.proxy() != null) {
      builder.proxy(options.proxy());
    }
    if (options.proxyAuthenticator() != null) {
      builder.authenticator(new FeignAdapters.ProxyOnlyAuthenticator(options.proxyAuthenticator()));
    }
    if (options.sslContext() != null) {
      builder.sslContext(options.sslContext());
    }
    if (options.executor() != null) {
      builder.executor(options.executor());
    }
    return builder.build();
  }

  /**
   * Builds a client for a Feign-annotated interface, targeted at the configured base URL.
   *
   * @param api the interface (kept in a client's {@code internal} package)
   * @param decoder decodes successful responses into the interface's return types (a {@link
   *     ResponseBodyDecoder} when the body is all it needs)
   * @param <T> the interface type
   * @return a thread-safe implementation that throws only {@link ApiException}s for failed calls
   */
  public <T> T create(Class<T> api, ResponseDecoder decoder) {
    return create(api, decoder, UrlTemplater.NONE);
  }

  /**
   * Builds a client for a Feign-annotated interface whose methods (some or all) take the whole URL
   * as a {@link java.net.URI}: {@code templater} turns such a URL's path into the template that
   * observations report (only when a {@link dev.apiclients.http.observation.CallListener} is set).
   * Name each method's operation with {@link dev.apiclients.http.observation.CallName}.
   *
   * @param api the interface (kept in a client's {@code internal} package)
   * @param decoder decodes successful responses into the interface's return types
   * @param templater makes URL templates of the paths of URLs handed to the interface
   * @param <T> the interface type
   * @return a thread-safe implementation that throws only {@link ApiException}s for failed calls
   */
  public <T> T create(Class<T> api, ResponseDecoder decoder, UrlTemplater templater) {
    Objects.requireNonNull(templater, "templater");
    boolean tracked = transportOptions.tracksCalls() || transportOptions.requestHook() != null;
    InterfaceHeaders interfaceHeaders = InterfaceHeaders.of(api);
    boolean intercepted = !transportOptions.defaultHeaders().isEmpty() || transportOptions.requestHook() != null;
    // Without an interceptor the transport sets the interface's literal headers; with one, the
    // interceptor puts them first, so that defaults never replace them and a hook may.
    JdkHttpTransport.RequestHeaders transportHeaders =
        transport.requestHeaders(intercepted ? Map.of() : interfaceHeaders.headers());
    Feign.Builder feign = Feign.builder()
        .contract(interfaceHeaders.contract())
        .client((request, requestOptions) -> transport.execute(request, requestOptions, transportHeaders))
        .options(options)
        .retryer(Retryer.NEVER_RETRY);
    if (intercepted) {
      feign.requestInterceptor(FeignAdapters.headers(interfaceHeaders.headers(),
          transportOptions.defaultHeaders(), transportOptions.requestHook(), config.credentials()));
    }
    return feign
        .errorDecoder(FeignAdapters.errors(errorMapper))
        .decoder(FeignAdapters.decoder(decoder, redactor, config.requestIdHeader()))
        .logLevel(Logger.Level.NONE)
        .invocationHandlerFactory(new ExceptionTranslator(redactor, tracked
            ? new CallTracking(api, transportOptions, config.clock(), config.baseUrl(), templater) : null))
        .target(new BaseUrlTarget<>(api, config.baseUrl().toString()));
  }

  /**
   * Starts a paginator wired as every listing of this client should be: the configured {@code
   * maxPages}, and page links in exceptions shown through the client's masking step.
   *
   * @param firstPage fetches the first page
   * @param nextPage fetches each further page by the key the strategy found
   * @param strategy finds the key of each next page
   * @param <T> the item type
   * @param <K> what identifies a page after the first
   */
  public <T, K> Paginator.Builder<T, K> paginator(
      Supplier<Page<T>> firstPage, PageFetcher<T, K> nextPage, NextPageStrategy<T, K> strategy) {
    if (transportOptions.callTimeout() != null) {
      // A listing is one call: every page counts against one deadline, from the first request on.
      CallContext.Listing listing = new CallContext.Listing(transportOptions.callTimeout(), config.clock());
      Supplier<Page<T>> first = firstPage;
      PageFetcher<T, K> next = nextPage;
      firstPage = () -> CallContext.inListing(listing, first);
      nextPage = key -> CallContext.inListing(listing, () -> next.fetch(key));
    }
    return Paginator.builder(firstPage, nextPage, strategy)
        .maxPages(config.maxPages())
        .linkMasking(link -> redactor.url("GET", link));
  }

  /**
   * A factory whose clients bound each call by {@code callTimeout} (pacing waits and retries
   * included), sharing this factory's connection pool, pacing and everything else: requests made
   * through either are paced together.
   *
   * @param callTimeout the bound of each whole call (a listing counts as one call)
   * @return the new factory; this one is unchanged
   * @throws IllegalArgumentException if the timeout is null, zero or negative
   */
  public FeignClientFactory withCallTimeout(Duration callTimeout) {
    ConfigChecks.requirePositive(callTimeout, "callTimeout");
    return new FeignClientFactory(config, jdkTransport, pacer, transportOptions.withCallTimeout(callTimeout));
  }

  /**
   * The least time between two request starts right now: the configured interval, or wider while
   * adaptive pacing is backing off after a 429. For progress displays.
   */
  public Duration currentRequestInterval() {
    return pacer.currentInterval();
  }

  /**
   * The least time between two write starts right now: the configured write interval, or what
   * adaptive pacing found the server's write limit to be. For estimates of how long a run of writes takes.
   */
  public Duration currentWriteInterval() {
    return pacer.currentWriteInterval();
  }

  /** The policy that decides which links may be followed (the configured origin only). */
  public OriginPolicy originPolicy() {
    return originPolicy;
  }

  /**
   * Releases what this factory owns: the JDK {@link HttpClient} it built, with its connections and
   * selector thread (closed on Java 21 and later; on 17 let go of, so that the JDK reclaims it at
   * the next garbage collection). A client handed in with {@link ClientBuilder#transport} is left
   * open. Afterwards every call of the clients this factory built fails with {@link
   * IllegalStateException} before anything is sent. Idempotent. A {@link #withCallTimeout} view
   * owns nothing: closing it leaves the factory it was made from, and its transport, open.
   */
  @Override
  public void close() {
    if (ownsTransport) {
      transport.close();
    }
  }

  /** Shows the configuration, secrets masked. */
  @Override
  public String toString() {
    return "FeignClientFactory[" + config + "]";
  }
}
