package dev.apiclients.activeplatform.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.jasminb.jsonapi.JSONAPIDocument;
import com.github.jasminb.jsonapi.Link;
import com.github.jasminb.jsonapi.Links;
import com.github.jasminb.jsonapi.ResourceConverter;
import dev.apiclients.activeplatform.Manager;
import dev.apiclients.activeplatform.ManagerPage;
import dev.apiclients.activeplatform.ManagerRole;
import dev.apiclients.activeplatform.ManagerStatus;
import dev.apiclients.activeplatform.PageLinks;
import dev.apiclients.http.ResponseBodyDecoder;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes JSON:API manager documents with one shared, fully configured jsonapi-converter {@link
 * ResourceConverter} over a lenient Jackson mapper (unknown attributes are ignored), and maps them
 * to the public records. Any failure throws; the transport reports it as a {@code
 * ResponseDecodingException}.
 */
public final class ManagersJsonApi {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false);

  /** Configured once, then shared (its per-read cache is thread-local). */
  private static final ResourceConverter CONVERTER = new ResourceConverter(MAPPER, ManagerResource.class);

  /** The {@link ResponseBodyDecoder} for {@link ManagerPage}. */
  public static final ResponseBodyDecoder DECODER = (body, type) -> {
    if (type != ManagerPage.class) {
      throw new IllegalArgumentException("no JSON:API decoding for " + type);
    }
    return decode(body);
  };

  private ManagersJsonApi() {}

  /** Decodes a managers document into a page. */
  public static ManagerPage decode(byte[] body) {
    JSONAPIDocument<List<ManagerResource>> document = CONVERTER.readDocumentCollection(body, ManagerResource.class);
    List<ManagerResource> resources = document.get();
    List<Manager> managers = new ArrayList<>(resources == null ? 0 : resources.size());
    if (resources != null) {
      for (ManagerResource resource : resources) {
        if (resource == null) {
          throw new IllegalStateException("a null entry in data[]");
        }
        managers.add(toManager(resource));
      }
    }
    return new ManagerPage(managers, links(document.getLinks()));
  }

  private static Manager toManager(ManagerResource r) {
    return new Manager(
        r.id, r.resellerId, r.name, ManagerStatus.of(r.status), r.email, r.role,
        r.managerRole == null ? null : new ManagerRole(r.managerRole.id, r.managerRole.name),
        r.phone, r.photo, r.managerKey, r.mfaRequired, attributes(r.customAttributes),
        timestamp(r.createdAt, "created_at"), timestamp(r.updatedAt, "updated_at"));
  }

  private static Map<String, String> attributes(JsonNode node) {
    if (node == null || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw new IllegalStateException("custom_attributes is not an object");
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    node.fields().forEachRemaining(field -> {
      JsonNode value = field.getValue();
      attributes.put(field.getKey(), value == null || value.isNull() ? null
          : value.isValueNode() ? value.asText() : value.toString());
    });
    return Collections.unmodifiableMap(attributes);
  }

  private static OffsetDateTime timestamp(String text, String name) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return IsoTimestamps.parse(text.strip());
    } catch (RuntimeException e) {
      throw new IllegalStateException(name + " is not an ISO-8601 date-time with offset: " + text);
    }
  }

  private static PageLinks links(Links links) {
    if (links == null) {
      return PageLinks.none();
    }
    return new PageLinks(link(links.getSelf()), link(links.getFirst()), link(links.getPrevious()),
        link(links.getNext()), link(links.getLast()));
  }

  private static Optional<URI> link(Link link) {
    if (link == null || link.getHref() == null || link.getHref().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(URI.create(link.getHref().strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("a page link is not a valid URL: " + e.getMessage());
    }
  }
}
