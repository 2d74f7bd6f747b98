package dev.apiclients.http.decoding;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A successful response as a {@link ResponseDecoder} sees it: the status, the headers (names
 * matched case-insensitively) and the whole body, already inflated and in UTF-8.
 *
 * @param status the HTTP status (2xx)
 * @param headers the response headers
 * @param body the whole body, possibly empty
 */
public record ReceivedResponse(int status, Map<String, List<String>> headers, byte[] body) {

  /** Copies the headers into a case-insensitive map; a null body becomes empty. */
  public ReceivedResponse {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers != null) {
      headers.forEach((name, values) -> {
        if (name != null) {
          copy.put(name, List.copyOf(values));
        }
      });
    }
    headers = Collections.unmodifiableMap(copy);
    body = Objects.requireNonNullElse(body, new byte[0]);
  }

  /** The first value of a header, if the response has it. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Shows the status, the header names and the body size (never the body). */
  @Override
  public String toString() {
    return "ReceivedResponse[status=" + status + ", headers=" + headers.keySet() + ", body=" + body.length + " bytes]";
  }
}
