package dev.apiclients.http.internal;

import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;

/**
 * A response body already read whole, handed to the decoders as the array itself: Feign's own
 * byte-array body only gives a stream, which the decoders would copy back into an array.
 */
final class ByteArrayBody implements Response.Body {

  private final byte[] bytes;

  ByteArrayBody(byte[] bytes) {
    this.bytes = bytes;
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
