package dev.apiclients.http;

import dev.apiclients.http.decoding.ResponseBodyDecoder;
import dev.apiclients.http.decoding.ResponseDecoder;
import dev.apiclients.http.internal.BaseUrlTarget;
import dev.apiclients.http.internal.ErrorMapper;
import dev.apiclients.http.internal.ExceptionTranslator;
import dev.apiclients.http.internal.ExchangeLog;
import dev.apiclients.http.internal.FeignAdapters;
import dev.apiclients.http.internal.JdkHttpTransport;
import dev.apiclients.http.internal.Redactor;
import dev.apiclients.http.internal.RequestPacer;
import dev.apiclients.http.internal.RetryingTransport;
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
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Builds API clients from Feign interfaces, wired the one way every client in this library uses:
 * JDK {@link HttpClient} over HTTP/1.1 without redirects, credential headers, the {@link
 * RetryPolicy}, request pacing, origin checks, masked logging, and the {@link ApiException}
 * hierarchy for every failure. Clients built by one factory share one connection pool and one
 * pacer, and are thread-safe.
 */
public final class FeignClientFactory {

  private final HttpClientConfig config;
  private final Redactor redactor;
  private final OriginPolicy originPolicy;
  private final RetryingTransport transport;
  private final ErrorMapper errorMapper;
  private final Request.Options options;
  private final ExceptionTranslator exceptionTranslator;
  private final RequestPacer pacer;

  /**
   * Creates the factory and its shared transport. No request is sent.
   *
   * @param config the validated configuration
   */
  public FeignClientFactory(HttpClientConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.redactor = new Redactor(config.credentials(), config.secretQueryParameters());
    this.originPolicy = new OriginPolicy(config.baseUrl());
    HttpClient jdkClient = config.transport() != null
        ? config.transport()
        : HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.pacer = new RequestPacer(
        config.requestInterval(), config.maxRequestInterval(), config.clock(), config.sleeper());
    this.transport = new RetryingTransport(
        new JdkHttpTransport(jdkClient, RetryingTransport.MAX_BODY_BYTES), originPolicy, config.retryPolicy(),
        pacer,
        config.sleeper(), config.clock(), redactor, new ExchangeLog(config.logLevel(), redactor),
        config.statusClassifier());
    this.errorMapper = new ErrorMapper(
        redactor, config.authFailureHint(), config.clock(), config.statusClassifier(), config.requestIdHeader());
    this.options = new Request.Options(
        config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
        config.readTimeout().toMillis(), TimeUnit.MILLISECONDS, false);
    this.exceptionTranslator = new ExceptionTranslator(redactor);
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
    return Feign.builder()
        .client(transport)
        .options(options)
        .retryer(Retryer.NEVER_RETRY)
        .requestInterceptor(FeignAdapters.credentials(config.credentials(), config.userAgent()))
        .errorDecoder(FeignAdapters.errors(errorMapper))
        .decoder(FeignAdapters.decoder(decoder, redactor, config.requestIdHeader()))
        .logLevel(Logger.Level.NONE)
        .invocationHandlerFactory(exceptionTranslator)
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
    return this;
  }

  /**
   * The least time between two request starts right now: the configured interval, or wider while
   * adaptive pacing is backing off after a 429. For progress displays.
   */
  public Duration currentRequestInterval() {
    return pacer.currentInterval();
  }

  /** The policy that decides which links may be followed (the configured origin only). */
  public OriginPolicy originPolicy() {
    return originPolicy;
  }

  /** Shows the configuration, secrets masked. */
  @Override
  public String toString() {
    return "FeignClientFactory[" + config + "]";
  }
}
