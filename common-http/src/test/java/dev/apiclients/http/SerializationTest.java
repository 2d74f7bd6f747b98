package dev.apiclients.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Job frameworks serialize failures: every exception type survives a round trip whole. */
class SerializationTest {

  private static final ErrorResponse RESPONSE = new ErrorResponse(429, "GET", "https://api.example.com/x?token=***",
      Map.of("Retry-After", List.of("3"), "X-Request-Id", List.of("req-1")), "{\"error\":\"slow down\"}",
      List.of(new ApiError("429", "rate", "Too many", "slow down", "/data")));

  static Stream<ApiException> everyExceptionType() {
    return Stream.of(
        new ApiException("plain", RESPONSE),
        new BadRequestException("400", RESPONSE),
        new UnauthorizedException("401", RESPONSE),
        new ForbiddenException("403", RESPONSE),
        new NotFoundException("404", RESPONSE),
        new ConflictException("409", RESPONSE),
        new UnprocessableEntityException("422", RESPONSE),
        new RateLimitedException("429", RESPONSE, Duration.ofSeconds(3)),
        new ServerException("503", RESPONSE),
        new ApiConnectionException("reset", ErrorResponse.noResponse("POST", "https://api.example.com/p?name=***"),
            true, new ConnectException("refused")),
        new ResponseDecodingException("bad body", RESPONSE),
        new PaginationException("loop", "https://api.example.com/x?page=2"),
        new UntrustedLinkException("elsewhere", "https://evil.example:443"));
  }

  @ParameterizedTest
  @MethodSource("everyExceptionType")
  void survivesARoundTrip(ApiException original) throws Exception {
    ApiException copy = roundTrip(original);

    assertThat(copy).isExactlyInstanceOf(original.getClass()).hasMessage(original.getMessage());
    assertThat(copy.response()).isEqualTo(original.response());
    assertThat(copy.headers().get("retry-after")).isEqualTo(original.headers().get("Retry-After"));
    assertThat(copy.errors()).isEqualTo(original.errors());
    if (original instanceof RateLimitedException limited) {
      assertThat(((RateLimitedException) copy).retryAfter()).isEqualTo(limited.retryAfter());
    }
    if (original instanceof ApiConnectionException connection) {
      assertThat(((ApiConnectionException) copy).outcomeUnknown()).isEqualTo(connection.outcomeUnknown());
      assertThat(copy.getCause()).isInstanceOf(ConnectException.class);
    }
  }

  private static ApiException roundTrip(ApiException exception) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(exception);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (ApiException) in.readObject();
    }
  }
}
