package dev.apiclients.activeplatform.internal;

import java.net.URI;
import java.util.function.BiFunction;

/**
 * What the generic path needs to know of one resource: its record, its JSON:API type name, and
 * the {@link ResourcesApi} calls that return it as a list or as one item.
 *
 * @param record the public record class
 * @param typeName the JSON:API type, such as {@code accounts}
 * @param list fetches a list document from a URL
 * @param item fetches a single-resource document from a URL
 * @param <R> the record
 */
public record ResourceType<R>(
    Class<R> record,
    String typeName,
    BiFunction<ResourcesApi, URI, ListDocument<R>> list,
    BiFunction<ResourcesApi, URI, ItemDocument<R>> item) {}
