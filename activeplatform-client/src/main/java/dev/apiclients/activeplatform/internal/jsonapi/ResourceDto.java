package dev.apiclients.activeplatform.internal.jsonapi;

import com.github.jasminb.jsonapi.annotations.Id;

/**
 * A JSON:API resource as jsonapi-converter binds it: the subclass carries {@code @Type}, its
 * attributes as fields (see {@link AttributeModule}), its typed relations as
 * {@code @Relationship} fields and its untyped ones as {@link Untyped} fields; {@link #toRecord()}
 * maps it to the public record.
 *
 * @param <R> the public record
 */
public abstract class ResourceDto<R> extends OpenObject {

  /** The resource id, as sent. */
  @Id
  String id;

  /** The public record of this resource. */
  protected abstract R toRecord();

  /** The resource id, as sent. */
  protected final String id() {
    return id;
  }
}
