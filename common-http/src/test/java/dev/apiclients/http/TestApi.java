package dev.apiclients.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apiclients.http.decoding.ResponseBodyDecoder;
import dev.apiclients.http.testing.FakeTime;
import feign.Param;
import feign.RequestLine;
import java.net.URI;
import java.util.List;

/** A tiny API used to exercise the factory, transport and paginator against WireMock. */
public interface TestApi {

  ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** Decodes with plain Jackson. */
  ResponseBodyDecoder DECODER = (body, type) -> JSON.readValue(body, JSON.constructType(type));

  /** A thing. */
  record Thing(String id, String name) {}

  /** A numbered page of things. */
  record ThingPage(int pages, long total, List<Thing> things, String next) {}

  @RequestLine(value = "GET /things/{id}", decodeSlash = false)
  Thing get(@Param("id") String id);

  @RequestLine("GET /things?page={page}")
  ThingPage page(@Param("page") int page);

  @RequestLine("GET")
  ThingPage follow(URI link);

  @RequestLine("POST /things?name={name}&password={password}")
  void create(@Param("name") String name, @Param("password") String password);

  @RequestLine(value = "PATCH /things/{id}", decodeSlash = false)
  void restore(@Param("id") String id);

  @RequestLine(value = "DELETE /things/{id}", decodeSlash = false)
  void delete(@Param("id") String id);

  /** A config for a test server: fake time, fast exact backoff, credentials, short timeouts. */
  static HttpClientConfig.Builder config(String baseUrl, FakeTime time) {
    return HttpClientConfig.builder()
        .baseUrl(baseUrl)
        .credentials(CredentialHeaders.of(java.util.Map.of("x-api-key", "KEY-s3cr3t-123")))
        .retryPolicy(RetryPolicy.builder().jitter(0).build())
        .readTimeout(java.time.Duration.ofSeconds(5))
        .clock(time)
        .sleeper(time);
  }

  /** A client for a test server. */
  static TestApi client(String baseUrl, FakeTime time) {
    return new FeignClientFactory(config(baseUrl, time).build()).create(TestApi.class, DECODER);
  }
}
