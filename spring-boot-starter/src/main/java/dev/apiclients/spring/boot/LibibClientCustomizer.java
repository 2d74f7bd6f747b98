package dev.apiclients.spring.boot;

import dev.apiclients.libib.LibibClient;

/**
 * Changes the {@link LibibClient.Builder} after the {@code apiclients.libib.*} properties are set
 * and before the client bean is built: for what properties cannot say (a transport of your own, a
 * retry policy built in code). Declare one or more as beans; they run in {@code @Order}.
 */
@FunctionalInterface
public interface LibibClientCustomizer {

  /**
   * Changes the builder.
   *
   * @param builder the builder, with the properties already set
   */
  void customize(LibibClient.Builder builder);
}
