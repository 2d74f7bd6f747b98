package dev.apiclients.activeplatform.internal.jsonapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.jasminb.jsonapi.JSONAPIDocument;
import com.github.jasminb.jsonapi.Link;
import com.github.jasminb.jsonapi.Links;
import com.github.jasminb.jsonapi.ResourceConverter;
import dev.apiclients.activeplatform.PageLinks;
import dev.apiclients.activeplatform.internal.ItemDocument;
import dev.apiclients.activeplatform.internal.ListDocument;
import dev.apiclients.http.decoding.ResponseBodyDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Decodes ActivePlatform's JSON:API documents with jsonapi-converter: the body is parsed once into
 * a Jackson tree (trailing content refused), {@link PreStep} rewrites the tree, one shared,
 * fully configured {@link ResourceConverter} reads that tree into the registered DTOs ({@code
 * data}, {@code included[]} through {@code relationships}, page links), the pre-step's untyped
 * relations are set, and each DTO maps itself to its public record. Every failure, whatever
 * throws it (Jackson, jsonapi-converter, a reflective cast, a value reader), leaves as an {@link
 * IllegalStateException} with a short message and no foreign cause; the transport reports it as a
 * {@code ResponseDecodingException}. Thread-safe.
 */
public final class JsonApiDocuments {

  /** Parses bodies: decimals kept exact, content after the document refused. */
  private static final ObjectMapper TREES = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** How many documents jsonapi-converter has read, in this JVM. */
  private static final LongAdder READS = new LongAdder();

  private final ResourceConverter converter;

  /**
   * Configures the one converter of the client.
   *
   * @param dtos every resource DTO the client reads (each registers its relations' targets too)
   */
  public JsonApiDocuments(List<Class<? extends ResourceDto<?>>> dtos) {
    PreparedTrees mapper = new PreparedTrees();
    mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    AttributeModule.configure(mapper);
    converter = new ResourceConverter(mapper, dtos.toArray(new Class<?>[0]));
    // The pre-step checks ids as the client always has (a string or an integer, possibly blank).
    converter.disableDeserializationOption(com.github.jasminb.jsonapi.DeserializationFeature.REQUIRE_RESOURCE_ID);
  }

  /**
   * Decodes a document whose {@code data} is an array of {@code dto} resources.
   *
   * @throws IllegalStateException if the body is not such a document
   */
  public <R> ListDocument<R> list(byte[] body, Class<? extends ResourceDto<R>> dto) {
    try {
      DtoShape shape = DtoShape.of(dto);
      PreStep.Prepared prepared = PreStep.list(parse(body), shape);
      JSONAPIDocument<? extends List<? extends ResourceDto<R>>> document =
          converter.readDocumentCollection(new PreparedTree(prepared.root()), dto);
      List<? extends ResourceDto<R>> resources = document.get();
      List<R> records = new ArrayList<>(resources.size());
      for (int i = 0; i < resources.size(); i++) {
        records.add(record(resources.get(i), shape, prepared, i));
      }
      return new ListDocument<>(records, links(document.getLinks()));
    } catch (RuntimeException | StackOverflowError e) {
      throw failure(e);
    }
  }

  /**
   * Decodes a document whose {@code data} is one {@code dto} resource.
   *
   * @throws IllegalStateException if the body is not such a document
   * @throws ResponseBodyDecoder.AbsentResource for {@code {"data": null}}: the resource does not exist
   */
  public <R> ItemDocument<R> item(byte[] body, Class<? extends ResourceDto<R>> dto) {
    try {
      DtoShape shape = DtoShape.of(dto);
      PreStep.Prepared prepared = PreStep.item(parse(body), shape);
      JSONAPIDocument<? extends ResourceDto<R>> document = converter.readDocument(new PreparedTree(prepared.root()), dto);
      return new ItemDocument<>(record(document.get(), shape, prepared, 0));
    } catch (RuntimeException | StackOverflowError e) {
      throw failure(e);
    }
  }

  /** How many documents jsonapi-converter has read in this JVM (every read goes through it). */
  static long documentsRead() {
    return READS.sum();
  }

  private static JsonNode parse(byte[] body) {
    try {
      return TREES.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalStateException("not JSON: " + e.getMessage());
    }
  }

  /** Sets what the converter does not fill, and maps the DTO to its record. */
  private static <R> R record(ResourceDto<R> resource, DtoShape shape, PreStep.Prepared prepared, int index) {
    if (resource == null) {
      throw new IllegalStateException("a resource could not be read");
    }
    if (prepared.ids() != null && prepared.ids()[index] != null) {
      resource.id = prepared.ids()[index];
    }
    if (prepared.untyped() != null) {
      List<DtoShape.Relation> relations = shape.relations();
      for (int r = 0; r < relations.size(); r++) {
        if (!relations.get(r).typed()) {
          try {
            relations.get(r).field().set(resource, prepared.untyped()[index][r]);
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e.getMessage());
          }
        }
      }
    }
    return resource.toRecord();
  }

  private static PageLinks links(Links links) {
    if (links == null) {
      return PageLinks.none();
    }
    return new PageLinks(link(links.getSelf()), link(links.getFirst()), link(links.getPrevious()),
        link(links.getNext()), link(links.getLast()));
  }

  /** A link the pre-step left (stripped, not blank); a link it left out is empty. */
  private static Optional<URI> link(Link link) {
    if (link == null || link.getHref() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(URI.create(link.getHref()));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("a page link is not a valid URL: " + e.getMessage());
    }
  }

  /**
   * The one place a failure becomes the library's: a resource the body says does not exist stays
   * what it is; anything else becomes an {@link IllegalStateException} that names the problem and
   * carries no Jackson or jsonapi-converter type.
   */
  private static RuntimeException failure(Throwable e) {
    if (e instanceof ResponseBodyDecoder.AbsentResource absent) {
      return absent;
    }
    if (e instanceof IllegalStateException own && e.getCause() == null) {
      return own;
    }
    return new IllegalStateException(describe(e));
  }

  private static String describe(Throwable e) {
    Throwable deepest = e;
    String path = null;
    for (int depth = 0; depth < 16; depth++) {
      if (path == null && deepest instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
        path = mapping.getPath().stream().map(reference -> reference.getFieldName() != null
            ? reference.getFieldName() : String.valueOf(reference.getIndex())).collect(Collectors.joining("."));
      }
      if (deepest.getCause() == null || deepest.getCause() == deepest) {
        break;
      }
      deepest = deepest.getCause();
    }
    String message = deepest instanceof JsonProcessingException jackson ? jackson.getOriginalMessage()
        : deepest.getMessage();
    if (message == null || message.isBlank()) {
      message = deepest.getClass().getSimpleName();
    }
    // The value readers name the attribute themselves; Jackson's and the converter's messages get the path.
    boolean named = deepest instanceof IllegalStateException && deepest.getClass() == IllegalStateException.class;
    return path == null || named ? message : path + ": " + message;
  }

  /** jsonapi-converter's mapper: it reads the tree the pre-step prepared, never raw bytes. */
  private static final class PreparedTrees extends ObjectMapper {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonNode readTree(InputStream in) throws IOException {
      if (in instanceof PreparedTree prepared) {
        READS.increment();
        return prepared.root;
      }
      throw new IllegalStateException("jsonapi-converter reads only documents the pre-step prepared");
    }
  }

  /** A prepared tree handed to the converter through its {@code InputStream} entry point. */
  private static final class PreparedTree extends InputStream {
    private final JsonNode root;

    PreparedTree(JsonNode root) {
      this.root = root;
    }

    @Override
    public int read() {
      return -1;
    }
  }
}
