package dev.apiclients.activeplatform.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apiclients.activeplatform.PageLinks;
import dev.apiclients.http.decoding.ResponseBodyDecoder;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one JSON:API decoder of the client: reads a body into a Jackson tree, checks the document's
 * shape ({@code data} an array for a {@link ListDocument}, an object for an {@link ItemDocument};
 * each resource with a {@code type}), indexes {@code included[]}, and binds each resource to the
 * record class named by the API method's return type with {@link RecordBinder}. Any failure
 * throws; the transport reports it as a {@code ResponseDecodingException}.
 */
public final class JsonApiDecoder {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** Decodes into {@code ListDocument<R>} or {@code ItemDocument<R>}, as the return type says. */
  public static final ResponseBodyDecoder DECODER = (body, type) -> {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> item) {
      if (p.getRawType() == ListDocument.class) {
        return decodeList(body, item);
      }
      if (p.getRawType() == ItemDocument.class) {
        return decodeItem(body, item);
      }
    }
    throw new IllegalArgumentException("no JSON:API decoding for " + type);
  };

  private JsonApiDecoder() {}

  /** Decodes a document whose {@code data} is an array of {@code type} resources. */
  public static <R> ListDocument<R> decodeList(byte[] body, Class<R> type) {
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
    return new ListDocument<>(items, links(root.get("links")));
  }

  /** Decodes a document whose {@code data} is one {@code type} resource. */
  public static <R> ItemDocument<R> decodeItem(byte[] body, Class<R> type) {
    JsonNode root = document(body);
    JsonNode data = root.get("data");
    if (data == null || !data.isObject()) {
      throw new IllegalStateException("data is not a resource object");
    }
    requireType(data);
    return new ItemDocument<>(RecordBinder.resource(type, data, Included.of(root.get("included"))));
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
