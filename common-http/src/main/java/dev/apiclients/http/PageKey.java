package dev.apiclients.http;

import java.net.URI;
import java.util.Objects;

/** Identifies one page to fetch: by its number, or by a link the server gave. */
public sealed interface PageKey permits PageKey.Number, PageKey.Link {

  /** The page with the given 1-based number. */
  static PageKey number(int number) {
    return new Number(number);
  }

  /** The page a server link points at (already resolved and origin-checked). */
  static PageKey link(URI uri) {
    return new Link(uri);
  }

  /**
   * A page number, starting at 1.
   *
   * @param value the 1-based page number
   */
  record Number(int value) implements PageKey {
    /** Validates the number. */
    public Number {
      if (value < 1) {
        throw new IllegalArgumentException("page number must be at least 1, was " + value);
      }
    }
  }

  /**
   * A page link.
   *
   * @param uri the absolute URL of the page
   */
  record Link(URI uri) implements PageKey {
    /** Validates the link. */
    public Link {
      Objects.requireNonNull(uri, "uri");
      if (!uri.isAbsolute()) {
        throw new IllegalArgumentException("page link must be absolute, was " + uri);
      }
    }
  }
}
