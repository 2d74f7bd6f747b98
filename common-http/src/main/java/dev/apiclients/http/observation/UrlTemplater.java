package dev.apiclients.http.observation;

/**
 * Turns the path of a URL a client built itself (a method that takes the whole URL) into its
 * template, such as {@code /api/v3/resellers/7/managers/403} into {@code
 * /api/v3/resellers/{reseller_id}/managers/{id}}. Called only when a {@link CallListener} is set.
 */
@FunctionalInterface
public interface UrlTemplater {

  /** Keeps every path as it is: for clients whose request lines hold their templates. */
  UrlTemplater NONE = path -> path;

  /**
   * The template of a path.
   *
   * @param path the URL's path relative to the base URL, without the query
   * @return its template: every identifier replaced by a {@code {name}} placeholder
   */
  String template(String path);
}
