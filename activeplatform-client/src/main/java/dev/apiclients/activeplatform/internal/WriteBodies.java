package dev.apiclients.activeplatform.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * The one place a write request becomes its body: {@code {"data":{"attributes":{...}}}}, with no
 * {@code type} and no {@code id}, as every v3 write example shows (so not strict JSON:API, which is
 * why Jackson writes it rather than the JSON:API library). A request record's component {@code
 * fooBar} is attribute {@code foo_bar}; null components are left out, so only what was set is
 * sent; a list is wrapped again as {@code {"data": [...]}} (order resources, manager custom
 * attributes); an enum is its lower-case name; {@code otherAttributes} are merged in as given.
 */
public final class WriteBodies {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private WriteBodies() {}

  /** The body for a request record. */
  public static byte[] of(Record request) {
    return envelope(object(request));
  }

  /** The body for attributes given by wire name (such as {@code {"autorenew": false}}). */
  public static byte[] of(Map<String, ?> attributes) {
    ObjectNode object = NODES.objectNode();
    attributes.forEach((name, value) -> object.set(name, MAPPER.valueToTree(value)));
    return envelope(object);
  }

  /** The wire name of a record component: {@code firstName} is {@code first_name}. */
  public static String wireName(String component) {
    return component.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
  }

  private static byte[] envelope(ObjectNode attributes) {
    ObjectNode root = NODES.objectNode();
    root.putObject("data").set("attributes", attributes);
    try {
      return MAPPER.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write the request body: " + e.getOriginalMessage());
    }
  }

  private static ObjectNode object(Record record) {
    ObjectNode object = NODES.objectNode();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object value = read(component, record);
      if (component.getName().equals("otherAttributes")) {
        ((Map<?, ?>) value).forEach((name, raw) -> object.set(String.valueOf(name), MAPPER.valueToTree(raw)));
      } else if (value instanceof Collection<?> items) {
        ArrayNode data = object.putObject(wireName(component.getName())).putArray("data");
        items.forEach(item -> data.add(item instanceof Record nested ? object(nested) : MAPPER.valueToTree(item)));
      } else if (value instanceof Enum<?> constant) {
        object.put(wireName(component.getName()), constant.name().toLowerCase(Locale.ROOT));
      } else if (value != null) {
        object.set(wireName(component.getName()), MAPPER.valueToTree(value));
      }
    }
    return object;
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      Object value = component.getAccessor().invoke(record);
      return value == null && component.getName().equals("otherAttributes") ? Map.of() : value;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
