package dev.apiclients.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code apiclients.activeplatform.*}: the ActivePlatform client's URL, token and options. The
 * client bean is created when {@code base-url} and {@code api-token} are both set; the health
 * indicator when {@code reseller-id} is set too. {@link #toString()} masks the token.
 */
@ConfigurationProperties(prefix = ActivePlatformProperties.PREFIX)
public class ActivePlatformProperties extends ApiClientProperties {

  /** The prefix these properties are bound under. */
  public static final String PREFIX = "apiclients.activeplatform";

  /** Your ActivePlatform URL, such as https://cp.example.com. Required for the client bean. */
  private String baseUrl;

  /** A manager's API token, sent as X-Api-Token. Required for the client bean. */
  private String apiToken;

  /** Resources per page for every listing that does not set its own (1 to 1000). */
  private int pageSize = 50;

  /**
   * The reseller whose managers the health indicator lists (one manager, one request) to check the
   * token; without it there is no ActivePlatform health indicator.
   */
  private Long resellerId;

  /** Defaults as the client's. */
  public ActivePlatformProperties() {}

  /** Your ActivePlatform URL. */
  public String getBaseUrl() {
    return baseUrl;
  }

  /** Sets your ActivePlatform URL. */
  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** The API token. */
  public String getApiToken() {
    return apiToken;
  }

  /** Sets the API token. */
  public void setApiToken(String apiToken) {
    this.apiToken = apiToken;
  }

  /** Resources per page (default 50). */
  public int getPageSize() {
    return pageSize;
  }

  /** Sets the resources per page. */
  public void setPageSize(int pageSize) {
    this.pageSize = pageSize;
  }

  /** The reseller the health indicator checks the token against, or null. */
  public Long getResellerId() {
    return resellerId;
  }

  /** Sets the reseller the health indicator checks the token against. */
  public void setResellerId(Long resellerId) {
    this.resellerId = resellerId;
  }

  /** Shows the options; the token appears only as set or unset. */
  @Override
  public String toString() {
    return "ActivePlatformProperties[baseUrl=" + baseUrl + ", apiToken=" + mask(apiToken) + ", pageSize="
        + pageSize + ", resellerId=" + resellerId + ", " + sharedOptions() + "]";
  }
}
