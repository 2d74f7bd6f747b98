package dev.apiclients.examples.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for ActivePlatform API v3's {@code GET /api/v3/resellers/{reseller_id}/managers}:
 * JSON:API documents shaped like the API document's response example, 120 managers of reseller 1,
 * {@code page[size]} (default 50) and {@code page[number]}, and absolute {@code links} that point
 * back at the sandbox on the host the request used. Errors are JSON:API {@code errors[]}
 * documents: 401 without the right {@code X-Api-Token}, 406 when {@code Accept} excludes JSON:API,
 * 404 for an unknown reseller, 422 for bad page parameters.
 */
final class ActivePlatformSandbox {

  static final int MAX_PAGE_SIZE = 1000;
  private final List<Map<String, Object>> managers = SandboxData.activePlatformManagers();

  SandboxResponse handle(SandboxRequest request, String publicBaseUrl) {
    if (!Sandbox.ACTIVEPLATFORM_API_TOKEN.equals(request.header("X-Api-Token"))) {
      return error(401, "unauthorized", "Unauthorized", "A valid X-Api-Token header is required", null);
    }
    String accept = request.header("Accept");
    if (accept != null && !accept.contains("application/vnd.api+json") && !accept.contains("*/*")) {
      return error(406, "not_acceptable", "Not Acceptable", "Accept must allow application/vnd.api+json", null);
    }
    List<String> path = request.segments();
    if (path.size() != 5 || !path.get(0).equals("api") || !path.get(1).equals("v3") || !path.get(2).equals("resellers")
        || !path.get(4).equals("managers")) {
      return error(404, "not_found", "Not Found", "No such endpoint", null);
    }
    if (!request.method().equals("GET")) {
      return error(405, "method_not_allowed", "Method Not Allowed", "Only GET is supported here", null);
    }
    if (!path.get(3).equals(String.valueOf(Sandbox.ACTIVEPLATFORM_RESELLER_ID))) {
      return error(404, "not_found", "Not Found", "Reseller " + path.get(3) + " not found or not accessible", null);
    }
    Integer size = positive(request.query().getOrDefault("page[size]", "50"));
    if (size == null || size > MAX_PAGE_SIZE) {
      return error(422, "invalid_parameter", "Invalid parameter",
          "page[size] must be a whole number from 1 to " + MAX_PAGE_SIZE, "page[size]");
    }
    Integer number = positive(request.query().getOrDefault("page[number]", "1"));
    if (number == null) {
      return error(422, "invalid_parameter", "Invalid parameter", "page[number] must be a whole number from 1", "page[number]");
    }
    int pages = Math.max(1, (managers.size() + size - 1) / size);
    int from = (number - 1) * size;
    List<Map<String, Object>> data = from >= managers.size() ? List.of()
        : managers.subList(from, Math.min(managers.size(), from + size));
    String self = publicBaseUrl + "/api/v3/resellers/" + path.get(3) + "/managers";
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("self", link(self, number, size));
    links.put("first", link(self, 1, size));
    links.put("prev", number > 1 ? link(self, Math.min(number - 1, pages), size) : null);
    links.put("next", number < pages ? link(self, number + 1, size) : null);
    links.put("last", link(self, pages, size));
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("data", new ArrayList<>(data));
    document.put("links", links);
    return SandboxResponse.jsonApi(200, document);
  }

  private static String link(String self, int number, int size) {
    return self + "?page%5Bnumber%5D=" + number + "&page%5Bsize%5D=" + size;
  }

  private static Integer positive(String text) {
    try {
      int value = Integer.parseInt(text.strip());
      return value >= 1 ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static SandboxResponse error(int status, String code, String title, String detail, String parameter) {
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
