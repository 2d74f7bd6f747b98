package dev.apiclients.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.internal.JdkHttpTransport;
import feign.Request;
import feign.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import dev.apiclients.http.testing.Stubs;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdkHttpTransportTest {

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  /** An HTTP/1.1 client, as the library builds it: no HTTP/2 upgrade round trip to wait for. */
  private static final HttpClient HTTP_1_1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final Request.Options options = new Request.Options(1, TimeUnit.SECONDS, 5, TimeUnit.SECONDS, false);

  private Request patchRequest() {
    return Request.create(Request.HttpMethod.PATCH, server.baseUrl() + "/things/1",
        Map.of("X-Test", List.of("yes"), "Content-Length", List.of("0")), new byte[0], StandardCharsets.UTF_8, null);
  }

  @Test
  void sendsAnyMethodWithItsHeadersAndReadsTheWholeBody() throws Exception {
    server.stubFor(patch(urlPathEqualTo("/things/1")).willReturn(aResponse().withStatus(200)
        .withHeader("X-Reply", "ok").withBody("restored")));

    Response response = new JdkHttpTransport(HTTP_1_1, 1024).execute(patchRequest(), URI.create(server.baseUrl() + "/things/1"), options);

    assertThat(response.status()).isEqualTo(200);
    assertThat(JdkHttpTransport.headersOf(response).get("x-reply")).containsExactly("ok");
    assertThat(JdkHttpTransport.headersOf(response).get("X-Reply")).containsExactly("ok");
    assertThat(new String(response.body().asInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("restored");
    assertThat(response.body().isRepeatable()).isTrue();
    server.verify(patchRequestedFor(urlPathEqualTo("/things/1")).withHeader("X-Test", equalTo("yes")));
  }

  @Test
  void aBodyOverTheLimitIsRefused() {
    server.stubFor(patch(urlPathEqualTo("/things/1")).willReturn(aResponse().withStatus(200).withBody("x".repeat(5_000))));

    assertThatThrownBy(() -> new JdkHttpTransport(HTTP_1_1, 1024).execute(patchRequest(), URI.create(server.baseUrl() + "/things/1"), options))
        .hasStackTraceContaining("larger than 1024 bytes");
  }
}
