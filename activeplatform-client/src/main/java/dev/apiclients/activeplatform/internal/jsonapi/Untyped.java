package dev.apiclients.activeplatform.internal.jsonapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A relation to included resources whose type the client does not model (charges, payments,
 * subscription periods...): a field of type {@code IncludedResource} (to-one) or {@code
 * List<IncludedResource>} (to-many), filled by the pre-step from {@code included[]}, never by
 * jsonapi-converter (which drops resources of types it does not know).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Untyped {

  /** The relationship name, such as {@code subscription_period}. */
  String value();
}
