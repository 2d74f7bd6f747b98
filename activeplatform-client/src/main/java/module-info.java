/**
 * The ActivePlatform API v3 client: every documented read, following {@code links.next}. Its
 * {@code internal} packages are not exported.
 */
module dev.apiclients.activeplatform {
  // Its methods throw common-http's exceptions and its builder takes common-http's settings.
  requires transitive dev.apiclients.http;
  requires feign.core;
  requires com.fasterxml.jackson.databind;

  exports dev.apiclients.activeplatform;

  // The internal JSON:API DTO package is opened to the binding libraries where it exists.
}
