package dev.apiclients.libib.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.apiclients.http.ResponseBodyDecoder;
import dev.apiclients.libib.Account;
import dev.apiclients.libib.Manager;
import dev.apiclients.libib.ManagerRole;
import dev.apiclients.libib.Patron;
import java.io.IOException;
import java.util.ArrayList;
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

  /** Decodes each {@link LibibApi} return type; an empty, non-JSON or wrongly shaped body fails. */
  public static final ResponseBodyDecoder DECODER = (body, type) -> {
    JsonNode root = MAPPER.readTree(body);
    if (root == null || root.isMissingNode()) {
      throw new IOException("empty body where JSON was expected");
    }
    if (type == ManagerList.class) {
      return new ManagerList(managers(root));
    } else if (type == AccountList.class) {
      return new AccountList(accounts(root));
    } else if (type == PatronPage.class) {
      return patronPage(root);
    } else if (type == Manager.class) {
      return manager(root);
    } else if (type == Patron.class) {
      return patron(root);
    }
    throw new IllegalArgumentException("no Libib decoding for " + type);
  };

  private LibibJson() {}

  /** {@code {"managers": [...]}} to managers. */
  static List<Manager> managers(JsonNode root) throws IOException {
    return list(root, "managers", Manager.class);
  }

  /** {@code {"accounts": [...]}} to accounts. */
  static List<Account> accounts(JsonNode root) throws IOException {
    return list(root, "accounts", Account.class);
  }

  /** A manager object (or one wrapped as {@code {"manager": {...}}}). */
  static Manager manager(JsonNode root) throws IOException {
    return one(root, "manager", Manager.class);
  }

  /** A patron object (or one wrapped as {@code {"patron": {...}}}). */
  static Patron patron(JsonNode root) throws IOException {
    return one(root, "patron", Patron.class);
  }

  /** One page of {@code GET /patrons}. */
  static PatronPage patronPage(JsonNode root) throws IOException {
    List<Patron> patrons = list(root, "patrons", Patron.class);
    return new PatronPage(patrons, intField(root, "pages", 1), longField(root, "total", patrons.size()));
  }

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

  private static <T> T one(JsonNode root, String wrapper, Class<T> type) throws IOException {
    JsonNode node = root;
    if (node != null && node.isObject() && node.size() == 1 && node.path(wrapper).isObject()) {
      node = node.get(wrapper);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalStateException("expected a " + wrapper + " object, got " + describe(root));
    }
    return MAPPER.treeToValue(node, type);
  }

  private static <T> List<T> list(JsonNode root, String field, Class<T> type) throws IOException {
    if (root == null || !root.isObject()) {
      throw new IllegalStateException("expected an object with a '" + field + "' list, got " + describe(root));
    }
    JsonNode array = root.get(field);
    if (array == null || array.isNull()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw new IllegalStateException("'" + field + "' is " + describe(array) + ", not a list");
    }
    List<T> items = new ArrayList<>(array.size());
    for (JsonNode item : array) {
      if (!item.isObject()) {
        throw new IllegalStateException("an entry of '" + field + "' is " + describe(item) + ", not an object");
      }
      items.add(MAPPER.treeToValue(item, type));
    }
    return List.copyOf(items);
  }

  private static int intField(JsonNode root, String field, int fallback) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.canConvertToInt() || !(node.isNumber() || node.isTextual() && node.asText().matches("\\d+"))) {
      throw new IllegalStateException("'" + field + "' is " + describe(node) + ", not a whole number");
    }
    return node.isNumber() ? node.intValue() : Integer.parseInt(node.asText());
  }

  private static long longField(JsonNode root, String field, long fallback) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!(node.isIntegralNumber() && node.canConvertToLong() || node.isTextual() && node.asText().matches("\\d{1,18}"))) {
      throw new IllegalStateException("'" + field + "' is " + describe(node) + ", not a whole number");
    }
    return node.isNumber() ? node.longValue() : Long.parseLong(node.asText());
  }

  private static String describe(JsonNode node) {
    return node == null ? "nothing" : node.getNodeType().toString().toLowerCase(Locale.ROOT);
  }

  /** true/false, 1/0, "1"/"0", "true"/"false", "" and null. */
  private static final class LenientBoolean extends JsonDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonNode node = parser.readValueAsTree();
      if (node == null || node.isNull()) {
        return null;
      }
      if (node.isBoolean()) {
        return node.booleanValue();
      }
      if (node.isNumber()) {
        return node.intValue() != 0;
      }
      String text = node.asText().strip().toLowerCase(Locale.ROOT);
      return switch (text) {
        case "" -> null;
        case "1", "true", "yes" -> true;
        case "0", "false", "no" -> false;
        default -> throw new IOException("not a boolean: " + text);
      };
    }

    @Override
    public Boolean getNullValue(DeserializationContext context) {
      return null;
    }
  }

  /** Any text to a role; unknown text to {@link ManagerRole#UNKNOWN}. */
  private static final class RoleDeserializer extends JsonDeserializer<ManagerRole> {
    @Override
    public ManagerRole deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonNode node = parser.readValueAsTree();
      return ManagerRole.fromWire(node == null || node.isNull() ? null : node.asText());
    }

    @Override
    public ManagerRole getNullValue(DeserializationContext context) {
      return ManagerRole.UNKNOWN;
    }
  }
}
