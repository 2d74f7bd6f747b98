package dev.apiclients.activeplatform.internal;

/**
 * The URL templates of ActivePlatform paths, for metrics and traces: {@code
 * /api/v3/resellers/7/managers/403} becomes {@code /api/v3/resellers/{reseller_id}/managers/{id}}.
 * Collection and action names (lower case, underscores) are kept; every other segment after the
 * reseller is an identifier.
 */
public final class UrlTemplates {

  private static final String RESELLERS = "/api/v3/resellers/";

  private UrlTemplates() {}

  /**
   * The template of a path relative to the base URL.
   *
   * @param path such as {@code /api/v3/resellers/7/accounts}
   * @return such as {@code /api/v3/resellers/{reseller_id}/accounts}; a path outside the API
   *     becomes {@code /{path}}
   */
  public static String template(String path) {
    if (!path.startsWith(RESELLERS)) {
      return "/{path}";
    }
    String[] segments = path.substring(RESELLERS.length()).split("/", -1);
    StringBuilder template = new StringBuilder(RESELLERS).append("{reseller_id}");
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.isEmpty()) {
        continue;
      }
      template.append('/').append(i % 2 == 1 && segment.matches("[a-z_]+") ? segment : "{id}");
    }
    return template.toString();
  }
}
