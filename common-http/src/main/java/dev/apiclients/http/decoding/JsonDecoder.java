package dev.apiclients.http.decoding;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.apiclients.http.NotFoundException;
import dev.apiclients.http.ResponseDecodingException;
import dev.apiclients.http.internal.JsonValues;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A ready JSON decoder for plain JSON APIs: binds bodies straight to records in one streaming pass,
 * ignores properties it does not know, refuses content after the document (such as a PHP warning
 * printed after the JSON), and takes the lenient readings the clients share. What is
 * special about an API is declared on the builder, not coded:
 *
 * <pre>{@code
 * ResponseBodyDecoder decoder = JsonDecoder.builder()
 *     .snakeCase()                                   // first_name -> firstName
 *     .lenientBooleans()                             // 1/0, "yes"/"no", "" -> null
 *     .openEnum(Role.class, Role::fromWire, Role.UNKNOWN)
 *     .wrapped(Patron.class, "patron")               // {...} or {"patron": {...}}
 *     .absentWhen(Patron.class, p -> p.email() == null, "a patron with no email")
 *     .converted(PatronPage.class, PatronPageBody.class, PatronPage::from)
 *     .build();
 * }</pre>
 *
 * <p>An empty, non-JSON or wrongly shaped body fails (the client reports a {@link
 * ResponseDecodingException}); a body {@link Builder#absentWhen} matches is reported as a {@link
 * NotFoundException} for a read.
 */
public final class JsonDecoder implements ResponseBodyDecoder {

  private final ObjectMapper mapper;
  private final Map<Type, String> wrappers;
  private final Map<Type, Predicate<Object>> absent;
  private final Map<Type, String> absentDescriptions;
  private final Map<Type, Conversion<?, ?>> conversions;
  /** Readers of the wrapped types that leave the end of the document to {@link #bareOrWrapped}. */
  private final Map<Type, ObjectReader> partReaders = new ConcurrentHashMap<>();

  private JsonDecoder(Builder builder) {
    this.mapper = builder.mapper;
    this.wrappers = Map.copyOf(builder.wrappers);
    this.absent = Map.copyOf(builder.absent);
    this.absentDescriptions = Map.copyOf(builder.absentDescriptions);
    this.conversions = Map.copyOf(builder.conversions);
  }

  /** A builder: records, unknown properties ignored, nothing else until declared. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Object decode(byte[] body, Type type) throws IOException {
    Conversion<?, ?> conversion = conversions.get(type);
    Object value = conversion != null ? conversion.apply(this, body) : read(body, type);
    Predicate<Object> blank = absent.get(type);
    if (blank != null && blank.test(value)) {
      throw ResponseBodyDecoder.absent(absentDescriptions.get(type));
    }
    return value;
  }

  private Object read(byte[] body, Type type) throws IOException {
    String wrapper = wrappers.get(type);
    Object value = wrapper == null ? bare(body, type) : bareOrWrapped(body, wrapper, type);
    if (value == null) {
      throw new IOException("expected a JSON object, got null");
    }
    return value;
  }

  private Object bare(byte[] body, Type type) throws IOException {
    return mapper.readValue(body, mapper.constructType(type));
  }

  /**
   * Binds a bare object, or one wrapped as the only field {@code wrapper} of an outer object, in
   * one pass: the first tokens tell which. A bare object whose first field happens to be named
   * {@code wrapper}, and an empty object, are bound whole from the start.
   */
  private Object bareOrWrapped(byte[] body, String wrapper, Type type) throws IOException {
    ObjectReader reader = partReaders.computeIfAbsent(type,
        t -> mapper.readerFor(mapper.constructType(t)).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
    try (JsonParser parser = mapper.createParser(body)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new IOException("empty body where JSON was expected");
      }
      if (first != JsonToken.START_OBJECT) {
        throw new IllegalStateException("expected a " + wrapper + " object, got " + JsonValues.describe(first));
      }
      JsonToken second = parser.nextToken();
      if (second == JsonToken.FIELD_NAME && !wrapper.equals(parser.currentName())) {
        // A bare object: bound from its first field on, in the same pass.
        return wholeDocument(reader.readValue(parser), parser);
      }
      if (second == JsonToken.FIELD_NAME && parser.nextToken() == JsonToken.START_OBJECT) {
        // The outer object continues after the inner one: its own end and trailing content are checked here.
        Object inner = reader.readValue(parser);
        if (parser.nextToken() == JsonToken.END_OBJECT) {
          return wholeDocument(inner, parser);
        }
      }
    }
    return bare(body, type);
  }

  /** The value read, once nothing but whitespace follows the document. */
  private static Object wholeDocument(Object value, JsonParser parser) throws IOException {
    if (parser.nextToken() != null) {
      throw new IOException("content after the JSON document");
    }
    return value;
  }

  /** Reads one type and turns it into the declared return type. */
  private record Conversion<B, R>(Class<B> read, Function<B, R> conversion) {
    R apply(JsonDecoder decoder, byte[] body) throws IOException {
      return conversion.apply(read.cast(decoder.read(body, read)));
    }
  }

  /** Builds a {@link JsonDecoder}; each declaration is about one type. */
  public static final class Builder {
    private final ObjectMapper mapper = new ObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
        .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
    private final SimpleModule module = new SimpleModule("dev.apiclients.json");
    private final Map<Type, String> wrappers = new HashMap<>();
    private final Map<Type, Predicate<Object>> absent = new HashMap<>();
    private final Map<Type, String> absentDescriptions = new HashMap<>();
    private final Map<Type, Conversion<?, ?>> conversions = new HashMap<>();

    private Builder() {}

    /** JSON names in snake_case ({@code first_name}) bind to camelCase components ({@code firstName}). */
    public Builder snakeCase() {
      mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
      return this;
    }

    /**
     * Booleans may also come as any number (non-zero is true), {@code "1"}/{@code "0"}, {@code
     * "true"}/{@code "false"}, {@code "yes"}/{@code "no"}; {@code ""} and null read as null.
     * Anything else fails without quoting the value.
     */
    public Builder lenientBooleans() {
      module.addDeserializer(Boolean.class, JsonValues.lenientBoolean());
      return this;
    }

    /**
     * An open enum: any text is read with {@code fromText}; null, an array or an object read as
     * {@code unknown}. A model never fails on a value it does not know.
     */
    public <E extends Enum<E>> Builder openEnum(Class<E> type, Function<String, E> fromText, E unknown) {
      module.addDeserializer(type, JsonValues.openEnum(fromText, unknown));
      return this;
    }

    /** A single object that may come bare or wrapped as {@code {"name": {...}}}. */
    public Builder wrapped(Class<?> type, String name) {
      wrappers.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(name, "name"));
      return this;
    }

    /**
     * How the API says "no such resource" in a successful body (such as a record whose identifying
     * fields are all blank): such a body is reported as {@link NotFoundException} for a read.
     *
     * @param description what the body held, for the message, such as "a patron with no email"
     */
    @SuppressWarnings("unchecked")
    public <T> Builder absentWhen(Class<T> type, Predicate<? super T> blank, String description) {
      absent.put(type, value -> ((Predicate<Object>) blank).test(value));
      absentDescriptions.put(type, description);
      return this;
    }

    /**
     * A return type read as another (the body as sent) and converted, for defaults and checks.
     *
     * @param returned the type the API method returns
     * @param read the type the body is bound to
     * @param conversion from the one to the other; may throw {@link IllegalStateException} for a
     *     body of the wrong shape
     */
    public <B, R> Builder converted(Class<R> returned, Class<B> read, Function<B, R> conversion) {
      conversions.put(returned, new Conversion<>(read, conversion));
      return this;
    }

    /** Builds the decoder; it is immutable and thread-safe. */
    public JsonDecoder build() {
      mapper.registerModule(module);
      return new JsonDecoder(this);
    }
  }
}
