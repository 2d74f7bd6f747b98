package dev.apiclients.http;

import java.util.List;
import java.util.Map;

/**
 * A client's own reading of a response status, for APIs that say something in their own way: a
 * {@code 403} with {@code X-RateLimit-Remaining: 0} that means "rate limited", a {@code 200} that
 * carries an error header. It returns the status the library should handle the response as; the
 * retry policy, the pacing and the exception type follow that status, while the exception still
 * reports the status the server sent.
 *
 * <pre>{@code
 * StatusClassifier rateLimit = (status, headers) ->
 *     status == 403 && headers.getOrDefault("X-RateLimit-Remaining", List.of()).contains("0") ? 429 : status;
 * }</pre>
 */
@FunctionalInterface
public interface StatusClassifier {

  /** Takes every status as it is. */
  StatusClassifier AS_SENT = (status, headers) -> status;

  /**
   * The status to handle the response as.
   *
   * @param status the status the server sent
   * @param headers the response headers, names matched case-insensitively
   * @return the status to handle it as; {@code status} itself when the rule does not apply
   */
  int classify(int status, Map<String, List<String>> headers);
}
