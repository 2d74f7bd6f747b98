package dev.apiclients.http.decoding;

import dev.apiclients.http.NotFoundException;
import dev.apiclients.http.ResponseDecodingException;
import java.lang.reflect.Type;

/**
 * Turns a successful response into the Java type an API method returns, seeing its status and
 * headers as well as its body (a {@code Link} header, a request id, a total-count header). Most
 * clients need only the body: implement {@link ResponseBodyDecoder}. Any exception it throws
 * becomes a {@link ResponseDecodingException}; {@link ResponseBodyDecoder#absent(String)} becomes a
 * {@link NotFoundException}.
 */
@FunctionalInterface
public interface ResponseDecoder {

  /**
   * Decodes a response.
   *
   * @param response the status, headers and whole body
   * @param type the declared return type of the API method
   * @return the decoded value
   * @throws Exception when the response does not match the type
   */
  Object decode(ReceivedResponse response, Type type) throws Exception;
}
