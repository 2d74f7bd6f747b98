/**
 * The ActivePlatform API v3 client: every documented read, following {@code links.next}, and the
 * writes a reseller provisions with. Its {@code internal} packages are not exported.
 */
module dev.apiclients.activeplatform {
  // Its methods throw common-http's exceptions and its builder takes common-http's settings.
  requires transitive dev.apiclients.http;
  requires feign.core;
  requires com.fasterxml.jackson.databind;
  // jsonapi-converter 0.15 names no module: this is the name the JDK derives from its jar.
  requires jsonapi.converter;

  exports dev.apiclients.activeplatform;

  // jsonapi-converter and Jackson set the fields of the internal DTOs by reflection.
  opens dev.apiclients.activeplatform.internal.jsonapi to jsonapi.converter, com.fasterxml.jackson.databind;
}
