package dev.apiclients.http.decoding;

import dev.apiclients.http.NotFoundException;
import dev.apiclients.http.ResponseDecodingException;
import java.lang.reflect.Type;

/**
 * Turns a successful response body into the Java type an API method returns: the
 * {@link ResponseDecoder} for clients that need only the body (plain JSON, JSON:API, ...). Any
 * exception it throws becomes a {@link ResponseDecodingException} that shows the body.
 */
@FunctionalInterface
public interface ResponseBodyDecoder extends ResponseDecoder {

  /**
   * Decodes a body.
   *
   * @param body the whole body (possibly empty)
   * @param type the declared return type of the API method
   * @return the decoded value
   * @throws Exception when the body does not match the type
   */
  Object decode(byte[] body, Type type) throws Exception;

  /**
   * Decodes the body alone. The clients call {@link #decode(byte[], Type)} directly for a
   * body-only decoder, without building a {@link ReceivedResponse}; implement {@link
   * ResponseDecoder} instead when the status or headers matter.
   */
  @Override
  default Object decode(ReceivedResponse response, Type type) throws Exception {
    return decode(response.body(), type);
  }

  /**
   * What a decoder throws when a successful body says, in the API's own way, that the resource does
   * not exist (for example a record whose identifying fields are all blank). The client reports it
   * as a {@link NotFoundException} with the request line, as it would a 404.
   *
   * @param reason what the body held, free of secrets, such as "a patron with no barcode and no email"
   * @return the exception to throw
   */
  static AbsentResource absent(String reason) {
    return new AbsentResource(reason);
  }

  /** See {@link #absent(String)}; the client turns it into a {@link NotFoundException}. */
  final class AbsentResource extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private AbsentResource(String reason) {
      super(reason, null, false, false);
    }
  }
}
