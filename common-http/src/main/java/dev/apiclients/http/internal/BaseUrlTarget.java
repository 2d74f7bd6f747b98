package dev.apiclients.http.internal;

import feign.Request;
import feign.RequestTemplate;
import feign.Target;

/**
 * Feign's target for every client: a relative request line goes under the base URL, and an
 * absolute one (a followed page link, already checked against the origin) is sent as it is. It
 * does what Feign's {@code HardCodedTarget} does for a base URL without a query, by joining two
 * strings, instead of re-parsing the base URL for every request.
 *
 * @param <T> the API interface
 */
public final class BaseUrlTarget<T> implements Target<T> {

  private final Class<T> type;
  private final String baseUrl;

  /**
   * @param type the API interface
   * @param baseUrl an absolute URL without a query, a fragment or a trailing slash, as {@code
   *     HttpClientConfig} validates it
   */
  public BaseUrlTarget(Class<T> type, String baseUrl) {
    this.type = type;
    this.baseUrl = baseUrl;
  }

  @Override
  public Class<T> type() {
    return type;
  }

  @Override
  public String name() {
    return baseUrl;
  }

  @Override
  public String url() {
    return baseUrl;
  }

  @Override
  public Request apply(RequestTemplate input) {
    String url = input.url();
    if (!url.startsWith("http")) {
      url = baseUrl + url;
    }
    return Request.create(
        Request.HttpMethod.valueOf(input.method()), url, input.headers(), input.body(), input.requestCharset(), input);
  }

  @Override
  public String toString() {
    return "BaseUrlTarget[" + type.getSimpleName() + ", " + baseUrl + "]";
  }
}
