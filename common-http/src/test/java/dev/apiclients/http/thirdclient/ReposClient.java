package dev.apiclients.http.thirdclient;

import dev.apiclients.http.CredentialHeaders;
import dev.apiclients.http.FeignClientFactory;
import dev.apiclients.http.HttpClientConfig;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.http.Sleeper;
import dev.apiclients.http.StatusClassifier;
import dev.apiclients.http.decoding.JsonDecoder;
import dev.apiclients.http.decoding.ResponseDecoder;
import dev.apiclients.http.paging.NextPageStrategy;
import dev.apiclients.http.paging.Page;
import feign.Param;
import feign.RequestLine;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The proof that common-http is a toolkit: a third API client (a GitHub-style repository listing)
 * built only from its public API. Bearer token, pages named by RFC 8288 {@code Link} headers, a
 * rule of its own (a 403 with {@code X-RateLimit-Remaining: 0} is a rate limit) and the server's
 * request id in every exception: an interface, a record, a decoder and a next-page strategy.
 */
public final class ReposClient {

  /** A repository. */
  public record Repo(String name, Integer stars) {}

  /** The API, as Feign reads it. */
  interface ReposApi {
    @RequestLine("GET /user/repos?per_page={size}")
    Page<Repo> firstPage(@Param("size") int size);

    @RequestLine("GET")
    Page<Repo> follow(URI next);
  }

  private static final JsonDecoder JSON = JsonDecoder.builder().build();

  /** A page is the JSON array of the body; the next page is in the response's Link header. */
  private static final ResponseDecoder PAGES = (response, type) ->
      Page.withHeaders(List.of((Repo[]) JSON.decode(response.body(), Repo[].class)), response.headers());

  /** GitHub answers 403 with X-RateLimit-Remaining: 0 when the rate limit is used up. */
  static final StatusClassifier RATE_LIMIT_403 = (status, headers) ->
      status == 403 && headers.getOrDefault("X-RateLimit-Remaining", List.of()).contains("0") ? 429 : status;

  private final FeignClientFactory factory;
  private final ReposApi api;
  private final int pageSize;

  private ReposClient(HttpClientConfig config, int pageSize) {
    this.factory = new FeignClientFactory(config);
    this.api = factory.create(ReposApi.class, PAGES);
    this.pageSize = pageSize;
  }

  /**
   * A client.
   *
   * @param baseUrl the API origin
   * @param token a bearer token
   * @param time the clock and sleeper (tests pass a fake one)
   * @param <C> a clock that is also a sleeper
   */
  public static <C extends Clock & Sleeper> ReposClient create(String baseUrl, String token, C time) {
    return new ReposClient(HttpClientConfig.builder()
        .baseUrl(baseUrl)
        .credentials(CredentialHeaders.of(Map.of("Authorization", "Bearer " + token)))
        .statusClassifier(RATE_LIMIT_403)
        .requestIdHeader("X-GitHub-Request-Id")
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).jitter(0).build())
        .clock(time)
        .sleeper(time)
        .build(), 2);
  }

  /** Every repository, lazily, page by page, following the Link headers. */
  public Stream<Repo> repos() {
    return factory.paginator(() -> api.firstPage(pageSize), api::follow,
        NextPageStrategy.<Repo>linkHeader(factory.originPolicy())).build().stream();
  }
}
