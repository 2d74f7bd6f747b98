package dev.apiclients.activeplatform.internal;

import com.github.jasminb.jsonapi.annotations.Type;
import dev.apiclients.activeplatform.internal.jsonapi.ResourceDto;
import java.net.URI;
import java.util.function.BiFunction;

/**
 * What the generic path needs to know of one resource: its record, the DTO jsonapi-converter
 * binds it to (which maps itself to the record), and the {@link ResourcesApi} calls that return it
 * as a list or as one item.
 *
 * @param record the public record class
 * @param dto the DTO class, annotated with its JSON:API {@code @Type}
 * @param list fetches a list document from a URL
 * @param item fetches a single-resource document from a URL
 * @param <R> the record
 */
public record ResourceType<R>(
    Class<R> record,
    Class<? extends ResourceDto<R>> dto,
    BiFunction<ResourcesApi, URI, ListDocument<R>> list,
    BiFunction<ResourcesApi, URI, ItemDocument<R>> item) {

  /** The JSON:API type, such as {@code accounts}. */
  public String typeName() {
    return dto.getAnnotation(Type.class).value();
  }
}
