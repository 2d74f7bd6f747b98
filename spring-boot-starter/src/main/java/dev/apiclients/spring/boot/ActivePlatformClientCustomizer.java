package dev.apiclients.spring.boot;

import dev.apiclients.activeplatform.ActivePlatformClient;

/**
 * Changes the {@link ActivePlatformClient.Builder} after the {@code apiclients.activeplatform.*}
 * properties are set and before the client bean is built. Declare one or more as beans; they run
 * in {@code @Order}.
 */
@FunctionalInterface
public interface ActivePlatformClientCustomizer {

  /**
   * Changes the builder.
   *
   * @param builder the builder, with the properties already set
   */
  void customize(ActivePlatformClient.Builder builder);
}
