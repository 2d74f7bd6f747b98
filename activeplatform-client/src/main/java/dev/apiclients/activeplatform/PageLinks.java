package dev.apiclients.activeplatform;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON:API page links of a listing. A link the platform sent as null, or did not send, is
 * empty; links may be absolute or relative to the platform URL.
 *
 * @param self this page
 * @param first the first page
 * @param prev the previous page (empty on the first)
 * @param next the next page (empty on the last)
 * @param last the last page
 */
public record PageLinks(
    Optional<URI> self, Optional<URI> first, Optional<URI> prev, Optional<URI> next, Optional<URI> last) {

  /** Requires every component (use {@link Optional#empty()} for a missing link). */
  public PageLinks {
    Objects.requireNonNull(self, "self");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(prev, "prev");
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(last, "last");
  }

  /** No links at all. */
  public static PageLinks none() {
    return new PageLinks(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
