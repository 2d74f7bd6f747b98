package dev.apiclients.libib.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.apiclients.http.ResponseBodyDecoder;
import dev.apiclients.libib.Account;
import dev.apiclients.libib.Manager;
import dev.apiclients.libib.ManagerRole;
import dev.apiclients.libib.Patron;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Libib's JSON: snake_case names, lenient about unknown fields, {@code freeze} as 1/0/null, unknown
 * roles as {@link ManagerRole#UNKNOWN}. Every method throws {@link IllegalStateException} or an
 * {@link IOException} on a body of the wrong shape; the transport turns those into {@code
 * ResponseDecodingException}.
 */
public final class LibibJson {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
      .registerModule(new SimpleModule("libib")
          .addDeserializer(Boolean.class, new LenientBoolean())
          .addDeserializer(ManagerRole.class, new RoleDeserializer()));

  /**
   * Decodes each {@link LibibApi} return type; an empty, non-JSON or wrongly shaped body fails.
   * Everything is bound straight to records in one streaming pass; a single object may also come
   * wrapped, as {@code {"patron": {...}}}. A patron with neither barcode nor email, or a manager
   * without an email, is how Libib answers for an unknown one (HTTP 200, blank fields, observed in
   * the field): it is reported as not found.
   */
  public static final ResponseBodyDecoder DECODER = (body, type) -> {
    if (type == ManagerList.class) {
      return new ManagerList(items(read(body, ManagerList.class).managers(), "managers"));
    } else if (type == AccountList.class) {
      return new AccountList(items(read(body, AccountList.class).accounts(), "accounts"));
    } else if (type == PatronPage.class) {
      PatronPageBody page = read(body, PatronPageBody.class);
      List<Patron> patrons = items(page.patrons(), "patrons");
      return new PatronPage(patrons, page.pages() == null ? 1 : page.pages(),
          page.total() == null ? patrons.size() : page.total());
    }
    if (type == Manager.class) {
      Manager manager = one(body, "manager", Manager.class);
      if (isBlank(manager.email())) {
        throw ResponseBodyDecoder.absent("a manager with no email");
      }
      return manager;
    } else if (type == Patron.class) {
      Patron patron = one(body, "patron", Patron.class);
      if (isBlank(patron.barcode()) && isBlank(patron.email())) {
        throw ResponseBodyDecoder.absent("a patron with no barcode and no email");
      }
      return patron;
    }
    throw new IllegalArgumentException("no Libib decoding for " + type);
  };

  private LibibJson() {}

  /**
   * The managers of {@code GET /managers}.
   *
   * @param managers the managers
   */
  public record ManagerList(List<Manager> managers) {}

  /**
   * The accounts of {@code GET /accounts}.
   *
   * @param accounts the accounts
   */
  public record AccountList(List<Account> accounts) {}

  /**
   * One page of patrons.
   *
   * @param patrons the patrons of the page
   * @param pages how many pages there are
   * @param total how many patrons there are
   */
  public record PatronPage(List<Patron> patrons, int pages, long total) {}

  /** The body of {@code GET /patrons} as sent (any part may be missing). */
  record PatronPageBody(Long total, Integer pages, List<Patron> patrons) {}

  private static <T> T read(byte[] body, Class<T> type) throws IOException {
    T value = MAPPER.readValue(body, type);
    if (value == null) {
      throw new IOException("expected a JSON object, got null");
    }
    return value;
  }

  private static <T> List<T> items(List<T> items, String field) {
    if (items == null) {
      return List.of();
    }
    for (T item : items) {
      if (item == null) {
        throw new IllegalStateException("'" + field + "' holds a null entry");
      }
    }
    return List.copyOf(items);
  }

  /**
   * Binds a bare object, or one wrapped as the only field {@code wrapper} of an outer object. The
   * first tokens tell which; a bare object whose first field happens to be named {@code wrapper}
   * is bound whole.
   */
  private static <T> T one(byte[] body, String wrapper, Class<T> type) throws IOException {
    try (JsonParser parser = MAPPER.createParser(body)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new IOException("empty body where JSON was expected");
      }
      if (first != JsonToken.START_OBJECT) {
        throw new IllegalStateException("expected a " + wrapper + " object, got " + describe(first));
      }
      if (parser.nextToken() == JsonToken.FIELD_NAME && wrapper.equals(parser.currentName())
          && parser.nextToken() == JsonToken.START_OBJECT) {
        T inner = MAPPER.readValue(parser, type);
        if (parser.nextToken() == JsonToken.END_OBJECT) {
          return inner;
        }
      }
    }
    return read(body, type);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "array";
      case START_OBJECT -> "object";
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      case VALUE_NULL -> "null";
      default -> token.name().toLowerCase(Locale.ROOT);
    };
  }

  /** true/false, any number (non-zero is true), "1"/"0", "true"/"false"/"yes"/"no", "" and null; nothing else. */
  private static final class LenientBoolean extends JsonDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return switch (parser.currentToken()) {
        case VALUE_TRUE -> true;
        case VALUE_FALSE -> false;
        case VALUE_NULL -> null;
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDoubleValue() != 0;
        case VALUE_STRING -> fromText(parser.getText());
        default -> throw new IOException("expected a boolean, 1/0 or a text such as \"true\", got "
            + describe(parser.currentToken()));
      };
    }

    private static Boolean fromText(String raw) throws IOException {
      String text = raw.strip().toLowerCase(Locale.ROOT);
      return switch (text) {
        case "" -> null;
        case "1", "true", "yes" -> true;
        case "0", "false", "no" -> false;
        default -> throw new IOException("expected 1/0, true/false or yes/no, got another text (not shown)");
      };
    }

    @Override
    public Boolean getNullValue(DeserializationContext context) {
      return null;
    }
  }

  /** Any text to a role; unknown text, and an array or object, to {@link ManagerRole#UNKNOWN}. */
  private static final class RoleDeserializer extends JsonDeserializer<ManagerRole> {
    @Override
    public ManagerRole deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken().isScalarValue()) {
        return ManagerRole.fromWire(parser.getText());
      }
      parser.skipChildren();
      return ManagerRole.UNKNOWN;
    }

    @Override
    public ManagerRole getNullValue(DeserializationContext context) {
      return ManagerRole.UNKNOWN;
    }
  }
}
