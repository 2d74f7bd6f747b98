package dev.apiclients.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON:API side of the ActivePlatform sandbox: paging ({@code page[size]}, default 50, and
 * {@code page[number]}, from 1), list documents with absolute {@code links} (self, first, prev,
 * next, last; {@code next} null on the last page) that carry the request's other parameters, item
 * documents, {@code included[]}, and {@code errors[]} documents.
 */
final class JsonApiDocuments {

  /** The page size when {@code page[size]} is not given. */
  static final int DEFAULT_PAGE_SIZE = 50;
  /** The largest {@code page[size]} accepted (an assumption: the documents name no maximum). */
  static final int MAX_PAGE_SIZE = 1000;

  private JsonApiDocuments() {}

  /** A request the sandbox refuses, answered as a JSON:API {@code errors[]} document. */
  static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String code;
    final String title;
    final String parameter;
    final String pointer;

    Problem(int status, String code, String title, String detail, String parameter) {
      this(status, code, title, detail, parameter, null);
    }

    private Problem(int status, String code, String title, String detail, String parameter, String pointer) {
      super(detail, null, false, false);
      this.status = status;
      this.code = code;
      this.title = title;
      this.parameter = parameter;
      this.pointer = pointer;
    }

    /** 404: no such resource or endpoint. */
    static Problem notFound(String detail) {
      return new Problem(404, "not_found", "Not found", detail, null);
    }

    /** 400: a query parameter the sandbox cannot honour, named in {@code source.parameter}. */
    static Problem badParameter(String parameter, String detail) {
      return new Problem(400, "invalid_parameter", "Bad Request", detail, parameter);
    }

    /** 403 "This action is forbidden": the operation is not in the subscription's {@code ability}. */
    static Problem forbidden() {
      return new Problem(403, "forbidden", "Forbidden", "This action is forbidden", null, null);
    }

    /** 422: a business rule refuses the write; the detail is the platform's text where documented. */
    static Problem unprocessable(String detail) {
      return new Problem(422, "unprocessable_entity", "Unprocessable Entity", detail, null, null);
    }

    /** 422 about one body attribute, named in {@code source.pointer} ({@code /data/attributes/name}). */
    static Problem invalidAttribute(String attribute, String detail) {
      return new Problem(422, "invalid_attribute", "Unprocessable Entity", detail, null,
          "/data/attributes/" + attribute);
    }

    /** 400: a write body the sandbox cannot read. */
    static Problem badBody(String detail) {
      return new Problem(400, "bad_request", "Bad Request", detail, null, "/data");
    }

    SandboxResponse response() {
      return pointer != null ? errorWithSource(status, code, title, getMessage(), Map.of("pointer", pointer))
          : error(status, code, title, getMessage(), parameter);
    }
  }

  /** One page of a listing. */
  record Paging(int size, int number) {

    /** Reads {@code page[size]} and {@code page[number]}; 422 naming the parameter when invalid. */
    static Paging of(SandboxRequest request) {
      Integer size = wholeNumber(request.param("page[size]"), DEFAULT_PAGE_SIZE);
      if (size == null || size > MAX_PAGE_SIZE) {
        throw new Problem(422, "invalid_parameter", "Invalid parameter",
            "page[size] must be a whole number from 1 to " + MAX_PAGE_SIZE, "page[size]");
      }
      Integer number = wholeNumber(request.param("page[number]"), 1);
      if (number == null) {
        throw new Problem(422, "invalid_parameter", "Invalid parameter",
            "page[number] must be a whole number from 1", "page[number]");
      }
      return new Paging(size, number);
    }

    /** This page's share of all the resources (empty past the end). */
    <T> List<T> slice(List<T> all) {
      long from = (long) (number - 1) * size;
      return from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + size));
    }
  }

  /**
   * A list document: the page's resources, {@code included[]} when there are any, and links.
   *
   * @param self the collection URL without a query
   * @param params the request's parameters; all but the page ones are carried into every link
   */
  static Map<String, Object> list(List<Map<String, Object>> page, List<Map<String, Object>> included, int total,
      Paging paging, String self, Map<String, String> params) {
    StringBuilder rest = new StringBuilder();
    params.forEach((name, value) -> {
      if (!name.equals("page[size]") && !name.equals("page[number]")) {
        rest.append('&').append(encode(name)).append('=').append(encode(value));
      }
    });
    int size = paging.size();
    int number = paging.number();
    int pages = Math.max(1, (total + size - 1) / size);
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("self", link(self, number, size, rest));
    links.put("first", link(self, 1, size, rest));
    links.put("prev", number > 1 ? link(self, Math.min(number - 1, pages), size, rest) : null);
    links.put("next", number < pages ? link(self, number + 1, size, rest) : null);
    links.put("last", link(self, pages, size, rest));
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("data", page);
    if (!included.isEmpty()) {
      document.put("included", included);
    }
    document.put("links", links);
    return document;
  }

  /** An item document: the resource and {@code included[]} when there are any. */
  static Map<String, Object> item(Map<String, Object> resource, List<Map<String, Object>> included) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("data", resource);
    if (!included.isEmpty()) {
      document.put("included", included);
    }
    return document;
  }

  /** A resource object: {@code id}, {@code type}, {@code attributes}. */
  static Map<String, Object> resource(String id, String type, Map<String, Object> attributes) {
    Map<String, Object> resource = new LinkedHashMap<>();
    resource.put("id", id);
    resource.put("type", type);
    resource.put("attributes", attributes);
    return resource;
  }

  /** A copy of a resource with {@code relationships} added (the stored one is left alone). */
  static Map<String, Object> withRelationships(Map<String, Object> resource, Map<String, Object> relationships) {
    if (relationships.isEmpty()) {
      return resource;
    }
    Map<String, Object> copy = new LinkedHashMap<>(resource);
    copy.put("relationships", relationships);
    return copy;
  }

  /** A resource identifier ({@code {type, id}}) of a resource object. */
  static Map<String, Object> identifier(Map<String, Object> resource) {
    Map<String, Object> identifier = new LinkedHashMap<>();
    identifier.put("type", resource.get("type"));
    identifier.put("id", resource.get("id"));
    return identifier;
  }

  /** Identifiers of several resources. */
  static List<Map<String, Object>> identifiers(List<Map<String, Object>> resources) {
    List<Map<String, Object>> identifiers = new ArrayList<>();
    resources.forEach(resource -> identifiers.add(identifier(resource)));
    return identifiers;
  }

  /** A JSON:API {@code errors[]} response with one error. */
  static SandboxResponse error(int status, String code, String title, String detail, String parameter) {
    return errorWithSource(status, code, title, detail, parameter == null ? null : Map.of("parameter", parameter));
  }

  /** A JSON:API {@code errors[]} response with one error and its {@code source}, if any. */
  static SandboxResponse errorWithSource(int status, String code, String title, String detail,
      Map<String, String> source) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("status", String.valueOf(status));
    error.put("code", code);
    error.put("title", title);
    error.put("detail", detail);
    if (source != null) {
      error.put("source", source);
    }
    return SandboxResponse.jsonApi(status, Map.of("errors", List.of(error)));
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

  private static String link(String self, int number, int size, CharSequence rest) {
    return self + "?page%5Bnumber%5D=" + number + "&page%5Bsize%5D=" + size + rest;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
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
}
