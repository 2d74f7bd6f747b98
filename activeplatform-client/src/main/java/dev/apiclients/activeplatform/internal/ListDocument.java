package dev.apiclients.activeplatform.internal;

import dev.apiclients.activeplatform.PageLinks;
import java.util.List;

/**
 * A decoded JSON:API document whose {@code data} is an array.
 *
 * @param data the resources, in server order
 * @param links the page links
 * @param <R> the resource record
 */
public record ListDocument<R>(List<R> data, PageLinks links) {}
