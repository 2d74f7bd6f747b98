package dev.apiclients.activeplatform.internal;

/**
 * A decoded JSON:API document whose {@code data} is one resource object.
 *
 * @param data the resource
 * @param <R> the resource record
 */
public record ItemDocument<R>(R data) {}
