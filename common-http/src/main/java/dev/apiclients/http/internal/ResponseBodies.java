package dev.apiclients.http.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Hands every body on in one shape, so decoders and the error mapper see plain UTF-8 JSON text: a
 * {@code gzip} body is inflated (still capped), a body declared in another charset is re-encoded
 * as UTF-8, and a UTF-8 byte order mark is dropped.
 */
final class ResponseBodies {

  private ResponseBodies() {}

  /**
   * The body as UTF-8 bytes.
   *
   * @param body the bytes as received
   * @param headers the response headers ({@code Content-Encoding}, {@code Content-Type})
   * @param maxBytes the largest inflated body accepted
   * @throws IOException if a gzip body is corrupt or inflates past {@code maxBytes}
   */
  static byte[] normalize(byte[] body, HttpHeaders headers, int maxBytes) throws IOException {
    byte[] bytes = body == null ? new byte[0] : body;
    String encoding = first(headers, "Content-Encoding");
    if (encoding != null) {
      encoding = encoding.strip().toLowerCase(Locale.ROOT);
      if ((encoding.equals("gzip") || encoding.equals("x-gzip")) && bytes.length > 0) {
        bytes = gunzip(bytes, maxBytes);
      }
    }
    String contentType = first(headers, "Content-Type");
    contentType = contentType == null ? "" : contentType;
    // Most answers declare no charset: skip parsing the media type for them.
    if (contentType.indexOf('=') >= 0) {
      Charset charset = declaredCharset(contentType).orElse(StandardCharsets.UTF_8);
      if (!charset.equals(StandardCharsets.UTF_8) && !charset.equals(StandardCharsets.US_ASCII)) {
        bytes = new String(bytes, charset).getBytes(StandardCharsets.UTF_8);
      }
    }
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      byte[] withoutBom = new byte[bytes.length - 3];
      System.arraycopy(bytes, 3, withoutBom, 0, withoutBom.length);
      bytes = withoutBom;
    }
    return bytes;
  }

  /** A header's first value, or null: looked up in the map, as {@code firstValue} streams its list. */
  private static String first(HttpHeaders headers, String name) {
    List<String> values = headers.map().get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static byte[] gunzip(byte[] bytes, int maxBytes) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      byte[] inflated = in.readNBytes(maxBytes + 1);
      if (inflated.length > maxBytes) {
        throw new JdkHttpTransport.BodyTooLargeException(maxBytes);
      }
      return inflated;
    } catch (JdkHttpTransport.BodyTooLargeException e) {
      throw e;
    } catch (IOException e) {
      throw new JdkHttpTransport.UnreadableBodyException(
          "the gzip-encoded response body is corrupt (" + e.getMessage() + ")", e);
    }
  }

  /** The {@code charset} parameter of a {@code Content-Type}, if it names a charset Java knows. */
  static Optional<Charset> declaredCharset(String contentType) {
    for (String parameter : contentType.split(";")) {
      String[] nameValue = parameter.strip().split("=", 2);
      if (nameValue.length == 2 && nameValue[0].strip().equalsIgnoreCase("charset")) {
        String name = nameValue[1].strip().replace("\"", "");
        try {
          return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }
}
