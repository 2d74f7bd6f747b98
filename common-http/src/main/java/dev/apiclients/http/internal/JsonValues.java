package dev.apiclients.http.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;

/** The lenient value readings {@code JsonDecoder} offers, as Jackson deserializers. */
public final class JsonValues {

  private JsonValues() {}

  /** A token as a reader would name it: "array", "object", "string", ... */
  public static String describe(JsonToken token) {
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
  public static JsonDeserializer<Boolean> lenientBoolean() {
    return new JsonDeserializer<>() {
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

      @Override
      public Boolean getNullValue(DeserializationContext context) {
        return null;
      }
    };
  }

  private static Boolean fromText(String raw) throws IOException {
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "" -> null;
      case "1", "true", "yes" -> true;
      case "0", "false", "no" -> false;
      default -> throw new IOException("expected 1/0, true/false or yes/no, got another text (not shown)");
    };
  }

  /** Any scalar through {@code fromText}; null, an array or an object to {@code unknown}. */
  public static <E extends Enum<E>> JsonDeserializer<E> openEnum(Function<String, E> fromText, E unknown) {
    return new JsonDeserializer<>() {
      @Override
      public E deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken().isScalarValue()) {
          return fromText.apply(parser.getText());
        }
        parser.skipChildren();
        return unknown;
      }

      @Override
      public E getNullValue(DeserializationContext context) {
        return unknown;
      }
    };
  }
}
