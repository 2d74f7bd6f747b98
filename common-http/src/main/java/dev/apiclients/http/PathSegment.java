package dev.apiclients.http;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes a value so that it stays exactly one URL path segment: {@code /}, {@code ?},
 * {@code #}, {@code %}, {@code +}, spaces and non-ASCII characters are all encoded, and a value
 * of {@code .} or {@code ..} (which would walk the path) is refused.
 */
public final class PathSegment {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PathSegment() {}

  /**
   * Encodes one path segment. Letters, digits and {@code - . _ ~} stay as they are; every other
   * byte of the UTF-8 form is percent-encoded ({@code @} too, as Feign re-encodes a value that
   * mixes raw reserved characters with escapes). Use the result as a Feign {@code @Param} value
   * on a request line declared with {@code decodeSlash = false}: Feign passes values that are
   * already percent-encoded through unchanged, and an encoded {@code /} stays encoded.
   *
   * @param value the raw identifier, not blank
   * @return the encoded segment
   * @throws IllegalArgumentException if the value is null, blank, {@code .} or {@code ..}
   */
  public static String encode(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("identifier must not be blank");
    }
    if (value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException("identifier must not be '" + value + "': URL normalisation would turn it"
          + " into a step in the path and address another resource");
    }
    return percentEncode(value);
  }

  /**
   * Percent-encodes every byte of the UTF-8 form of {@code value} except letters, digits and
   * {@code - . _ ~}; suitable for query parameter names and values too. An empty value stays empty.
   *
   * @param value any text, not null
   * @return the encoded text
   */
  public static String percentEncode(String value) {
    StringBuilder encoded = new StringBuilder(value.length() + 8);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '-' || c == '.' || c == '_' || c == '~') {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return encoded.toString();
  }
}
