package dev.apiclients.spring.boot;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code apiclients.libib.*}: the Libib client's credentials and options. The client bean is
 * created when {@code api-key} and {@code api-user} are both set. {@link #toString()} masks the
 * credentials.
 */
@ConfigurationProperties(prefix = LibibProperties.PREFIX)
public class LibibProperties extends ApiClientProperties {

  /** The prefix these properties are bound under. */
  public static final String PREFIX = "apiclients.libib";

  /** The API key, sent as x-api-key (Libib: Settings > API). Required for the client bean. */
  private String apiKey;

  /** The API user id, sent as x-api-user (Libib: Settings > API). Required for the client bean. */
  private String apiUser;

  /** The Libib Ultimate id, sent as x-api-ultimate; only for Libib Ultimate accounts. */
  private String apiUltimate;

  /** The API address; change it for a proxy or a test server such as the sandbox. */
  private String baseUrl = "https://api.libib.com";

  /**
   * The least time between the starts of two requests (Libib allows one request every 2 seconds);
   * 0 turns pacing off.
   */
  private Duration requestInterval = Duration.ofSeconds(2);

  /**
   * How far the request interval may widen after Libib answers 429; runs of successes narrow it
   * back. Unset: 10 s, or the request interval if that is longer.
   */
  private Duration maxRequestInterval;

  /**
   * The least time between the starts of two writes (creates, updates, deletes) to begin with;
   * reads keep the request interval. Unset: 3 s (the write limit Libib was observed to keep), or
   * the request interval if that is longer.
   */
  private Duration writeInterval;

  /** Defaults as the client's. */
  public LibibProperties() {}

  /** The API key. */
  public String getApiKey() {
    return apiKey;
  }

  /** Sets the API key. */
  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  /** The API user id. */
  public String getApiUser() {
    return apiUser;
  }

  /** Sets the API user id. */
  public void setApiUser(String apiUser) {
    this.apiUser = apiUser;
  }

  /** The Libib Ultimate id, or null. */
  public String getApiUltimate() {
    return apiUltimate;
  }

  /** Sets the Libib Ultimate id. */
  public void setApiUltimate(String apiUltimate) {
    this.apiUltimate = apiUltimate;
  }

  /** The API address (default {@code https://api.libib.com}). */
  public String getBaseUrl() {
    return baseUrl;
  }

  /** Sets the API address. */
  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** The least time between two request starts (default 2 s). */
  public Duration getRequestInterval() {
    return requestInterval;
  }

  /** Sets the least time between two request starts. */
  public void setRequestInterval(Duration requestInterval) {
    this.requestInterval = requestInterval;
  }

  /** How far the interval may widen after a 429, or null for the client's default. */
  public Duration getMaxRequestInterval() {
    return maxRequestInterval;
  }

  /** Sets how far the interval may widen after a 429. */
  public void setMaxRequestInterval(Duration maxRequestInterval) {
    this.maxRequestInterval = maxRequestInterval;
  }

  /** The least time between two write starts to begin with, or null for the client's default. */
  public Duration getWriteInterval() {
    return writeInterval;
  }

  /** Sets the least time between two write starts to begin with. */
  public void setWriteInterval(Duration writeInterval) {
    this.writeInterval = writeInterval;
  }

  /** Shows the options; the credentials appear only as set or unset. */
  @Override
  public String toString() {
    return "LibibProperties[apiKey=" + mask(apiKey) + ", apiUser=" + mask(apiUser) + ", apiUltimate="
        + mask(apiUltimate) + ", baseUrl=" + baseUrl + ", requestInterval=" + requestInterval
        + ", maxRequestInterval=" + maxRequestInterval + ", writeInterval=" + writeInterval + ", "
        + sharedOptions() + "]";
  }
}
