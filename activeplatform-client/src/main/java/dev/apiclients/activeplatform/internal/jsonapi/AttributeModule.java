package dev.apiclients.activeplatform.internal.jsonapi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.introspect.VisibilityChecker;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.type.MapType;
import com.github.jasminb.jsonapi.annotations.Id;
import com.github.jasminb.jsonapi.annotations.Relationship;
import dev.apiclients.activeplatform.EnumValue;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How Jackson reads the attributes of a resource into a DTO, for jsonapi-converter: each field
 * {@code fooBar1} reads the attribute {@code foo_bar_1} (also spelled {@code foo-bar-1}, as some
 * nested objects do; a field {@code isFoo} also reads {@code foo}); fields that jsonapi-converter
 * or the pre-step fill ({@code @Id}, {@code @Relationship}, {@link Untyped}) are not attributes, so
 * an attribute of the same name is kept with the other attributes; every value is read leniently
 * by {@link AttributeValues} (open enums, both offset forms, dates from date-times, numbers from
 * strings).
 */
final class AttributeModule {

  private AttributeModule() {}

  /** Configures {@code mapper}'s naming, field visibility, aliases and value readers. */
  static void configure(com.fasterxml.jackson.databind.ObjectMapper mapper) {
    mapper.setPropertyNamingStrategy(new PropertyNamingStrategies.NamingBase() {
      private static final long serialVersionUID = 1L;

      @Override
      public String translate(String name) {
        return snake(name);
      }
    });
    mapper.setVisibility(new AttributeFields());
    mapper.setAnnotationIntrospector(new Aliases());
    mapper.registerModule(new SimpleModule("dev.apiclients.activeplatform.attributes") {
      private static final long serialVersionUID = 1L;

      @Override
      public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addDeserializers(new ValueReaders());
      }
    });
  }

  /** {@code addressLine1} to {@code address_line_1}. */
  static String snake(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else if (Character.isDigit(c) && i > 0 && !Character.isDigit(name.charAt(i - 1))) {
        out.append('_').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Every declared field of a DTO is an attribute, except those the converter or the pre-step fill. */
  private static final class AttributeFields extends VisibilityChecker.Std {
    private static final long serialVersionUID = 1L;

    AttributeFields() {
      super(com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE,
          com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE,
          com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE,
          com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE,
          com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY);
    }

    @Override
    public boolean isFieldVisible(Field f) {
      return !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())
          && !f.isAnnotationPresent(Id.class) && !f.isAnnotationPresent(Relationship.class)
          && !f.isAnnotationPresent(Untyped.class) && f.getDeclaringClass() != OpenObject.class;
    }

    @Override
    public boolean isFieldVisible(AnnotatedField f) {
      return isFieldVisible(f.getAnnotated());
    }
  }

  /** The hyphenated spelling of every attribute, and {@code foo} for a field {@code isFoo}. */
  private static final class Aliases extends JacksonAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public List<PropertyName> findPropertyAliases(Annotated member) {
      if (!(member instanceof AnnotatedField field)) {
        return super.findPropertyAliases(member);
      }
      String snake = snake(field.getName());
      List<PropertyName> aliases = new ArrayList<>(2);
      if (snake.indexOf('_') >= 0) {
        aliases.add(PropertyName.construct(snake.replace('_', '-')));
      }
      if (field.getName().matches("is[A-Z].*")) {
        aliases.add(PropertyName.construct(snake.substring(3)));
      }
      return aliases;
    }
  }

  /** The lenient reader of each value type the DTOs use. */
  private static final class ValueReaders extends Deserializers.Base {

    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription description) {
      Class<?> raw = type.getRawClass();
      if (raw == String.class) {
        return new Reader<>(String.class, AttributeValues::string);
      }
      if (raw == Long.class) {
        return new Reader<>(Long.class, AttributeValues::integer);
      }
      if (raw == Integer.class) {
        return new Reader<>(Integer.class, AttributeValues::smallInteger);
      }
      if (raw == Boolean.class) {
        return new Reader<>(Boolean.class, AttributeValues::bool);
      }
      if (raw == BigDecimal.class) {
        return new Reader<>(BigDecimal.class, AttributeValues::decimal);
      }
      if (raw == OffsetDateTime.class) {
        return new Reader<>(OffsetDateTime.class, AttributeValues::dateTime);
      }
      if (raw == LocalDate.class) {
        return new Reader<>(LocalDate.class, AttributeValues::date);
      }
      if (raw == Object.class) {
        return new Reader<>(Object.class, (node, name) -> PlainJson.value(node));
      }
      if (raw == EnumValue.class) {
        return enumValue(type.containedType(0).getRawClass());
      }
      if (raw.isRecord() && AttributeValues.isTextRecord(raw)) {
        return new Reader<>(Object.class, (node, name) -> AttributeValues.fromText(raw, node, name));
      }
      return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JsonDeserializer<?> enumValue(Class<?> constants) {
      return new Reader<>(EnumValue.class, (node, name) -> AttributeValues.enumValue((Class) constants, node, name));
    }

    @Override
    public JsonDeserializer<?> findMapDeserializer(MapType type, DeserializationConfig config,
        BeanDescription description, KeyDeserializer keys, TypeDeserializer types, JsonDeserializer<?> values) {
      if (type.getContentType().getRawClass() == String.class) {
        return new Reader<>(Map.class, AttributeValues::stringMap);
      }
      if (type.getContentType().getRawClass() == Object.class) {
        return new Reader<>(Map.class, (node, name) -> PlainJson.map(node, name));
      }
      return null;
    }
  }

  /** Reads one value as a tree and hands it, with the attribute's name, to an {@link AttributeValues} method. */
  private static final class Reader<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    /** One reading. */
    interface Reading<T> {
      T read(JsonNode node, String name);
    }

    private final transient Reading<? extends T> reading;

    Reader(Class<?> type, Reading<? extends T> reading) {
      super(type);
      this.reading = reading;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String name = p.currentName();
      JsonNode node = p.currentToken() == JsonToken.VALUE_STRING ? TextNode.valueOf(p.getText()) : ctxt.readTree(p);
      return reading.read(node, name == null ? "a value" : name);
    }
  }
}
