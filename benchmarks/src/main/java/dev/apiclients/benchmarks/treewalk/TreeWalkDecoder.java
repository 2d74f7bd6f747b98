package dev.apiclients.benchmarks.treewalk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apiclients.activeplatform.PageLinks;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ActivePlatform JSON:API decoder as it was before jsonapi-converter came back on the decoding
 * path: a generic Jackson tree walk that binds records by their components ({@link RecordBinder})
 * and resolves {@code included[]} itself ({@link Included}). Kept here, unchanged but for its
 * package and result types, only so the benchmarks can compare the client's decoder against it.
 */
public final class TreeWalkDecoder {

  /**
   * A decoded listing.
   *
   * @param data the resources
   * @param links the page links
   * @param <R> the record
   */
  public record Listing<R>(List<R> data, PageLinks links) {}

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private TreeWalkDecoder() {}

  /** Decodes a document whose {@code data} is an array of {@code type} resources. */
  public static <R> Listing<R> decodeList(byte[] body, Class<R> type) {
    JsonNode root = document(body);
    JsonNode data = root.get("data");
    if (data == null || !data.isArray()) {
      throw new IllegalStateException("data is not an array");
    }
    Included included = Included.of(root.get("included"));
    List<R> items = new ArrayList<>(data.size());
    for (JsonNode resource : data) {
      requireType(resource);
      items.add(RecordBinder.resource(type, resource, included));
    }
    return new Listing<>(items, links(root.get("links")));
  }

  /** Decodes a document whose {@code data} is one {@code type} resource. */
  public static <R> R decodeItem(byte[] body, Class<R> type) {
    JsonNode root = document(body);
    JsonNode data = root.get("data");
    if (data == null || !data.isObject()) {
      throw new IllegalStateException("data is not a resource object");
    }
    requireType(data);
    return RecordBinder.resource(type, data, Included.of(root.get("included")));
  }

  /** The resource's {@code type}; JSON:API requires one on every resource object. */
  static String requireType(JsonNode resource) {
    if (resource == null || !resource.isObject()) {
      throw new IllegalStateException("a resource is not an object");
    }
    JsonNode type = resource.get("type");
    if (type == null || !type.isTextual() || type.textValue().isBlank()) {
      throw new IllegalStateException("a resource has no type");
    }
    JsonNode id = resource.get("id");
    if (id == null || !(id.isTextual() || id.isIntegralNumber())) {
      throw new IllegalStateException("a " + type.textValue() + " resource has no id");
    }
    return type.textValue();
  }

  private static JsonNode document(byte[] body) {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalStateException("not JSON: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalStateException("not a JSON:API document");
    }
    if (!root.has("data") && root.has("errors")) {
      throw new IllegalStateException("the document holds errors, not data");
    }
    return root;
  }

  private static PageLinks links(JsonNode links) {
    if (links == null || links.isNull()) {
      return PageLinks.none();
    }
    if (!links.isObject()) {
      throw new IllegalStateException("links is not an object");
    }
    return new PageLinks(link(links, "self"), link(links, "first"), link(links, "prev"), link(links, "next"),
        link(links, "last"));
  }

  /** A link as a string or a JSON:API link object ({@code href}); null, absent or blank is empty. */
  private static Optional<URI> link(JsonNode links, String name) {
    JsonNode link = links.get(name);
    if (link != null && link.isObject()) {
      link = link.get("href");
    }
    if (link == null || link.isNull()) {
      return Optional.empty();
    }
    if (!link.isTextual()) {
      throw new IllegalStateException("links." + name + " is not a string");
    }
    if (link.textValue().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(URI.create(link.textValue().strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("a page link is not a valid URL: " + e.getMessage());
    }
  }
}
