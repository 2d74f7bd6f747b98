package dev.apiclients.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The baseline a user would hand-write: a bare JDK {@link HttpClient} plus Jackson, with the same
 * headers as the SDK but no retries, pacing, origin checks or error mapping.
 */
public final class RawClient {

  /** Jackson, lenient and snake_case like the Libib client's. */
  public static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final HttpClient http;

  /** A client over a fresh HTTP/1.1 HttpClient without redirects. */
  public RawClient() {
    this(HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build());
  }

  /** A client over the given HttpClient. */
  public RawClient(HttpClient http) {
    this.http = http;
  }

  /** GETs a URL with the given header name/value pairs and returns the body bytes. */
  public byte[] get(String url, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("HTTP " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GETs and decodes into a type with Jackson. */
  public <T> T get(Class<T> type, String url, String... headers) {
    try {
      return JSON.readValue(get(url, headers), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
