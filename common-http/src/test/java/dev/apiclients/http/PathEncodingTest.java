package dev.apiclients.http;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.testing.FakeTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import dev.apiclients.http.testing.Stubs;
import org.junit.jupiter.api.extension.RegisterExtension;

class PathEncodingTest {

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a+b@example.com | /things/a%2Bb%40example.com",
      "2020/0013       | /things/2020%2F0013",
      "../x            | /things/..%2Fx",
      "a?b#c%d         | /things/a%3Fb%23c%25d",
      "Anaïs Nin       | /things/Ana%C3%AFs%20Nin"})
  void identifiersReachTheServerAsOneEncodedSegment(String id, String expectedRawPath) {
    server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(anyUrl()).willReturn(okJson("{\"id\":\"x\"}")));

    TestApi.client(server.baseUrl(), new FakeTime()).get(PathSegment.encode(id));

    assertThat(server.getAllServeEvents()).singleElement()
        .satisfies(event -> assertThat(event.getRequest().getUrl()).isEqualTo(expectedRawPath));
  }
}
