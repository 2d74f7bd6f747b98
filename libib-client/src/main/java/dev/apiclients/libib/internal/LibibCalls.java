package dev.apiclients.libib.internal;

import dev.apiclients.http.PathSegment;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers shared by the Libib operations: identifier checks and query encoding. */
public final class LibibCalls {

  private LibibCalls() {}

  /**
   * Checks and encodes an identifier (email or barcode) into one path segment.
   *
   * @param value the identifier
   * @param name what it is, for the error message
   * @throws IllegalArgumentException if it is null or blank
   */
  public static String identifier(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return PathSegment.encode(value);
  }

  /** Percent-encodes every name and value of a query, keeping the order; empty values stay empty. */
  public static Map<String, String> query(Map<String, String> fields) {
    Map<String, String> encoded = new LinkedHashMap<>();
    fields.forEach((name, value) -> encoded.put(PathSegment.percentEncode(name), PathSegment.percentEncode(value)));
    return encoded;
  }

}
