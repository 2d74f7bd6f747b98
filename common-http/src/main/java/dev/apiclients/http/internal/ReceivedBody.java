package dev.apiclients.http.internal;

import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Collection;
import java.util.Map;

/**
 * What the transport received: the body, read whole, and the response headers as the JDK holds
 * them (names case-insensitive). The decoders get the array itself (Feign's own byte-array body
 * only gives a stream, which they would copy back into an array), and the headers travel here
 * rather than in Feign's response, which copies its headers each time it is built (twice per call).
 */
final class ReceivedBody implements Response.Body {

  private final byte[] bytes;
  private final Map<String, Collection<String>> headers;

  /**
   * @param bytes the body
   * @param headers the response headers, names case-insensitive, not changed afterwards
   */
  ReceivedBody(byte[] bytes, Map<String, Collection<String>> headers) {
    this.bytes = bytes;
    this.headers = headers;
  }

  /** The response headers of {@code response}: those received with its body, or Feign's own. */
  static Map<String, Collection<String>> headersOf(Response response) {
    return response.body() instanceof ReceivedBody received ? received.headers : response.headers();
  }

  /** The body; callers must not change it. */
  byte[] bytes() {
    return bytes;
  }

  @Override
  public Integer length() {
    return bytes.length;
  }

  @Override
  public boolean isRepeatable() {
    return true;
  }

  @Override
  public InputStream asInputStream() {
    return new ByteArrayInputStream(bytes);
  }

  @Override
  public Reader asReader(Charset charset) {
    return new InputStreamReader(asInputStream(), charset);
  }

  @Override
  public void close() {}
}
