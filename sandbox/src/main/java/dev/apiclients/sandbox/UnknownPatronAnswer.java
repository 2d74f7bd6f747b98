package dev.apiclients.sandbox;

/** How the Libib sandbox answers {@code GET /patrons/{id}} for a patron it does not know (or deleted). */
public enum UnknownPatronAnswer {
  /**
   * HTTP 200 with every patron field null: what Libib was observed to answer (a public integration
   * reported it; Libib's documents do not say). The default.
   */
  BLANK_200,
  /** HTTP 404 with {@code {"error": "Patron not found: ..."}}, as a REST API usually answers. */
  NOT_FOUND_404
}
