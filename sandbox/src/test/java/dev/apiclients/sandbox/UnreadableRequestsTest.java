package dev.apiclients.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests WireMock itself cannot read, and WireMock's own admin API, sent over a raw socket (the
 * JDK client refuses to send a malformed escape): the sandbox answers as the APIs would, in their
 * JSON error formats, and stays usable.
 */
@ExtendWith(LibibSandboxExtension.class)
class UnreadableRequestsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CREDENTIALS = "x-api-key: " + Sandbox.LIBIB_API_KEY + "\r\nx-api-user: "
      + Sandbox.LIBIB_API_USER + "\r\nX-Api-Token: " + Sandbox.ACTIVEPLATFORM_API_TOKEN + "\r\n";

  private Sandbox sandbox;

  @BeforeEach
  void given(Sandbox sandbox) {
    this.sandbox = sandbox;
  }

  /** A status and a body read back from one raw exchange. */
  private record Answer(int status, String contentType, String body) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }
  }

  private Answer send(String requestLine, String extraHeaders, String body) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", sandbox.port())) {
      socket.setSoTimeout(10_000);
      String request = requestLine + "\r\nHost: 127.0.0.1:" + sandbox.port() + "\r\n" + CREDENTIALS + extraHeaders
          + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body;
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int headEnd = response.indexOf("\r\n\r\n");
      String head = response.substring(0, headEnd);
      String contentType = head.lines().filter(line -> line.toLowerCase().startsWith("content-type:"))
          .map(line -> line.substring(13).strip()).findFirst().orElse("");
      return new Answer(Integer.parseInt(head.substring(9, 12)), contentType, response.substring(headEnd + 4));
    }
  }

  @Test
  void aMalformedEscapeInALibibQueryIs400WithLibibsJsonError() throws IOException {
    Answer answer = send("GET /libib/patrons?page=%zz HTTP/1.1", "", "");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).isEqualTo("application/json; charset=utf-8");
    assertThat(answer.json().get("error").asText()).contains("percent-encoding");
  }

  @Test
  void aMalformedEscapeInALibibFormBodyIs400WithLibibsJsonError() throws IOException {
    Answer answer = send("POST /libib/patrons HTTP/1.1", "Content-Type: application/x-www-form-urlencoded\r\n",
        "first_name=%zz&last_name=Shelley");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("error").asText()).contains("percent-encoding");
    assertThat(sandbox.libib().patrons()).hasSize(137);
  }

  @Test
  void aMalformedEscapeInAnActivePlatformQueryIs400AsJsonApiErrors() throws IOException {
    Answer answer = send("GET /activeplatform/api/v3/resellers/1/managers?page%5Bsize%5D=%G1 HTTP/1.1", "", "");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).isEqualTo("application/vnd.api+json");
    assertThat(answer.json().at("/errors/0/status").asText()).isEqualTo("400");
    assertThat(answer.json().at("/errors/0/detail").asText()).contains("percent-encoding");
  }

  @Test
  void wireMocksAdminResetCannotBreakTheSandbox() throws IOException {
    Answer reset = send("POST /__admin/reset HTTP/1.1", "", "");
    Answer mappings = send("DELETE /__admin/mappings HTTP/1.1", "", "");

    assertThat(reset.status()).isEqualTo(404);
    assertThat(reset.json().get("error").asText()).contains("Sandbox.reset()");
    assertThat(mappings.status()).isEqualTo(404);
    Answer managers = send("GET /libib/managers HTTP/1.1", "", "");
    assertThat(managers.status()).isEqualTo(200);
    assertThat(managers.json().get("total").asInt()).isEqualTo(3);
  }
}
