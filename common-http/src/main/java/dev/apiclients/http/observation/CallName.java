package dev.apiclients.http.observation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the operation of a method of a client's (internal) Feign interface, as {@link
 * CallInfo#operation()} reports it: one line per API method, such as {@code
 * @CallName("libib.patrons.get")}. Without it a call is named after the client and the method.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CallName {

  /** The operation name, such as {@code libib.patrons.get}: lower case, dot-separated. */
  String value();

  /**
   * The URL template relative to the base URL, such as {@code /patrons/{id}}. Empty (the default):
   * the request line's own template, or, for a method that takes the whole URL, what the client's
   * {@link UrlTemplater} makes of the URL's path.
   */
  String urlTemplate() default "";
}
