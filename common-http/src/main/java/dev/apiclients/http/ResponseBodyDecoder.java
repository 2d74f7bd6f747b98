package dev.apiclients.http;

import java.lang.reflect.Type;

/**
 * Turns a successful response body into the Java type an API method returns. Each client supplies
 * one (plain JSON, JSON:API, ...); any exception it throws becomes a {@link
 * ResponseDecodingException} that shows the body.
 */
@FunctionalInterface
public interface ResponseBodyDecoder {

  /**
   * Decodes a body.
   *
   * @param body the whole body (possibly empty)
   * @param type the declared return type of the API method
   * @return the decoded value
   * @throws Exception when the body does not match the type
   */
  Object decode(byte[] body, Type type) throws Exception;
}
