package dev.apiclients.activeplatform.internal;

import dev.apiclients.http.decoding.ResponseBodyDecoder;
import java.lang.reflect.ParameterizedType;

/**
 * The one JSON:API decoder of the client: the API method's return type ({@code ListDocument<R>}
 * or {@code ItemDocument<R>}) names the document shape and the resource, and jsonapi-converter,
 * behind the pre-step of {@link dev.apiclients.activeplatform.internal.jsonapi}, reads the body
 * into the resource's DTO, mapped to the public record. Any failure throws; the transport reports
 * it as a {@code ResponseDecodingException} ({@code {"data": null}} for one resource as a {@code
 * NotFoundException}).
 */
public final class JsonApiDecoder {

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
    return ResourceTypes.DOCUMENTS.list(body, resource(type).dto());
  }

  /** Decodes a document whose {@code data} is one {@code type} resource. */
  public static <R> ItemDocument<R> decodeItem(byte[] body, Class<R> type) {
    return ResourceTypes.DOCUMENTS.item(body, resource(type).dto());
  }

  private static <R> ResourceType<R> resource(Class<R> record) {
    ResourceType<R> type = ResourceTypes.of(record);
    if (type == null) {
      throw new IllegalArgumentException("no JSON:API decoding for " + record);
    }
    return type;
  }
}
