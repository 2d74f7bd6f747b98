package dev.apiclients.http.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Generates malformed, truncated, wrongly typed and oversized variants of a valid JSON body, from
 * a seed, for hostile-input tests of the decoders.
 */
public final class HostileBodies {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private HostileBodies() {}

  /**
   * Returns {@code count} hostile variants of {@code valid}.
   *
   * @param valid a valid JSON body
   * @param count how many variants
   * @param seed the random seed (same seed, same bodies)
   */
  public static List<byte[]> generate(String valid, int count, long seed) {
    Random random = new Random(seed);
    List<byte[]> bodies = new ArrayList<>(count);
    bodies.add(new byte[0]);
    bodies.add("null".getBytes(StandardCharsets.UTF_8));
    bodies.add("[]".getBytes(StandardCharsets.UTF_8));
    bodies.add("\"just a string\"".getBytes(StandardCharsets.UTF_8));
    bodies.add("<html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8));
    bodies.add("[".repeat(100_000).getBytes(StandardCharsets.UTF_8));
    bodies.add(("{\"a\":\"" + "x".repeat(3_000_000) + "\"}").getBytes(StandardCharsets.UTF_8));
    while (bodies.size() < count) {
      bodies.add(switch (random.nextInt(6)) {
        case 0 -> truncated(valid, random);
        case 1 -> corrupted(valid, random);
        case 2, 3 -> retyped(valid, random);
        case 4 -> randomBytes(random);
        default -> oversized(valid, random);
      });
    }
    return bodies;
  }

  private static byte[] truncated(String valid, Random random) {
    return valid.substring(0, random.nextInt(Math.max(1, valid.length() - 1))).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] corrupted(String valid, Random random) {
    char[] chars = valid.toCharArray();
    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
      String garbage = "{}[]\",:\\x0-\u0000\u00e9";
      chars[random.nextInt(chars.length)] = garbage.charAt(random.nextInt(garbage.length()));
    }
    return new String(chars).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[1 + random.nextInt(200)];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] oversized(String valid, Random random) {
    try {
      JsonNode root = JSON.readTree(valid);
      List<JsonNode> containers = containers(root);
      JsonNode target = containers.get(random.nextInt(containers.size()));
      if (target instanceof ArrayNode array && array.size() > 0) {
        JsonNode first = array.get(0);
        for (int i = 0; i < 5_000; i++) {
          array.add(first.deepCopy());
        }
      } else if (target instanceof ObjectNode object) {
        object.put("padding_" + random.nextInt(100), "y".repeat(500_000));
      }
      return JSON.writeValueAsBytes(root);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] retyped(String valid, Random random) {
    try {
      JsonNode root = JSON.readTree(valid);
      List<JsonNode> containers = containers(root);
      JsonNode target = containers.get(random.nextInt(containers.size()));
      JsonNode replacement = switch (random.nextInt(10)) {
        case 0 -> NODES.numberNode(random.nextInt());
        case 1 -> NODES.numberNode(-1.5e308);
        case 2 -> NODES.booleanNode(random.nextBoolean());
        case 3 -> NODES.nullNode();
        case 4 -> NODES.arrayNode().add(1).add("two");
        case 5 -> NODES.objectNode().put("nested", true);
        case 6 -> NODES.textNode("not-a-" + random.nextInt(100));
        case 7 -> NODES.textNode("\u0000\uFFFF");
        case 8 -> NODES.numberNode(Long.MAX_VALUE);
        default -> NODES.textNode("2021-13-45T99:99:99+99:00");
      };
      if (target instanceof ObjectNode object && object.size() > 0) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        object.set(names.get(random.nextInt(names.size())), replacement);
      } else if (target instanceof ArrayNode array && array.size() > 0) {
        array.set(random.nextInt(array.size()), replacement);
      }
      return JSON.writeValueAsBytes(root);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<JsonNode> containers(JsonNode root) {
    List<JsonNode> found = new ArrayList<>();
    collect(root, found);
    return found;
  }

  private static void collect(JsonNode node, List<JsonNode> found) {
    if (node.isContainerNode()) {
      found.add(node);
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        collect(it.next(), found);
      }
    }
  }
}
