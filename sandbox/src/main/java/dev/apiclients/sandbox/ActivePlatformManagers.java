package dev.apiclients.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A stand-in for ActivePlatform API v3's {@code GET /api/v3/resellers/{reseller_id}/managers}:
 * JSON:API documents shaped like the API document's response example, 120 managers of reseller 1,
 * {@code page[size]} (default 50) and {@code page[number]} (default 1), and absolute {@code links}
 * that point back at the sandbox. Errors are JSON:API {@code errors[]} documents. Not thread-safe:
 * {@link ActivePlatformSandbox} serves one request at a time.
 */
final class ActivePlatformManagers {

  /** The page size when {@code page[size]} is not given. */
  static final int DEFAULT_PAGE_SIZE = 50;
  /** The largest {@code page[size]} accepted (an assumption: the document names no maximum). */
  static final int MAX_PAGE_SIZE = 1000;

  private final List<Map<String, Object>> managers = new ArrayList<>(SandboxData.activePlatformManagers());
  private int nextId = SandboxData.AP_FIRST_MANAGER_ID + SandboxData.AP_MANAGER_COUNT;

  /** Adds a manager after the others; its id is the next free one. */
  String add(String name, String email, String role) {
    String id = String.valueOf(nextId++);
    managers.add(SandboxData.apManager(Integer.parseInt(id), "2024-01-15T10:00:00.000+03:00",
        "2024-01-15T10:00:00.000+03:00", name, "active", email, role, null, null, null, null, "", false, ""));
    return id;
  }

  /** Removes every manager. */
  void clear() {
    managers.clear();
  }

  /** How many managers there are. */
  int size() {
    return managers.size();
  }

  /**
   * Answers one request.
   *
   * @param request the request below the ActivePlatform prefix
   * @param publicBaseUrl the ActivePlatform base URL as the client reached it, for the links
   */
  SandboxResponse handle(SandboxRequest request, String publicBaseUrl) {
    if (!Sandbox.ACTIVEPLATFORM_API_TOKEN.equals(request.header("X-Api-Token"))) {
      return error(401, "unauthorized", "Unauthorized",
          "The X-Api-Token header is missing or does not hold a valid API token", null);
    }
    if (!acceptsJsonApi(request.header("Accept"))) {
      return error(406, "not_acceptable", "Not Acceptable",
          "The Accept header must allow application/vnd.api+json", null);
    }
    List<String> path = request.segments();
    if (path.size() != 5 || !path.get(0).equals("api") || !path.get(1).equals("v3")
        || !path.get(2).equals("resellers") || !path.get(4).equals("managers")) {
      return error(404, "not_found", "Not Found", "No such endpoint: the sandbox serves GET "
          + "/api/v3/resellers/{reseller_id}/managers", null);
    }
    if (!request.is("GET")) {
      return error(405, "method_not_allowed", "Method Not Allowed", "Only GET is supported on this endpoint", null)
          .withHeader("Allow", "GET");
    }
    String reseller = path.get(3);
    if (!reseller.equals(String.valueOf(Sandbox.ACTIVEPLATFORM_RESELLER_ID))) {
      return error(404, "not_found", "Not Found",
          "Reseller " + reseller + " is not found or is not accessible with this API token", null);
    }
    Integer size = wholeNumber(request.param("page[size]"), DEFAULT_PAGE_SIZE);
    if (size == null || size > MAX_PAGE_SIZE) {
      return error(422, "invalid_parameter", "Invalid parameter",
          "page[size] must be a whole number from 1 to " + MAX_PAGE_SIZE, "page[size]");
    }
    Integer number = wholeNumber(request.param("page[number]"), 1);
    if (number == null) {
      return error(422, "invalid_parameter", "Invalid parameter",
          "page[number] must be a whole number from 1", "page[number]");
    }
    int pages = Math.max(1, (managers.size() + size - 1) / size);
    long from = (long) (number - 1) * size;
    List<Map<String, Object>> data = from >= managers.size() ? List.of()
        : managers.subList((int) from, (int) Math.min(managers.size(), from + size));
    String self = publicBaseUrl + "/api/v3/resellers/" + reseller + "/managers";
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("self", link(self, number, size));
    links.put("first", link(self, 1, size));
    links.put("prev", number > 1 ? link(self, Math.min(number - 1, pages), size) : null);
    links.put("next", number < pages ? link(self, number + 1, size) : null);
    links.put("last", link(self, pages, size));
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("data", data);
    document.put("links", links);
    return SandboxResponse.jsonApi(200, document);
  }

  /** Whether an {@code Accept} header (absent means anything) allows the JSON:API media type. */
  static boolean acceptsJsonApi(String accept) {
    if (accept == null || accept.isBlank()) {
      return true;
    }
    for (String range : accept.split(",")) {
      String type = range.split(";")[0].strip().toLowerCase(Locale.ROOT);
      if (type.equals(SandboxResponse.JSON_API) || type.equals("application/*") || type.equals("*/*")) {
        return true;
      }
    }
    return false;
  }

  private static String link(String self, int number, int size) {
    return self + "?page%5Bnumber%5D=" + number + "&page%5Bsize%5D=" + size;
  }

  /** The parameter as a whole number of at least 1, the default when absent, null when invalid. */
  private static Integer wholeNumber(String text, int absent) {
    if (text == null) {
      return absent;
    }
    try {
      int value = Integer.parseInt(text.strip());
      return value >= 1 ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static SandboxResponse error(int status, String code, String title, String detail, String parameter) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("status", String.valueOf(status));
    error.put("code", code);
    error.put("title", title);
    error.put("detail", detail);
    if (parameter != null) {
      error.put("source", Map.of("parameter", parameter));
    }
    return SandboxResponse.jsonApi(status, Map.of("errors", List.of(error)));
  }
}
