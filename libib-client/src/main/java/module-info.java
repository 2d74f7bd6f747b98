/**
 * The Libib client: accounts, managers, patrons and the patron import. Its {@code internal}
 * package is not exported.
 */
module dev.apiclients.libib {
  // Its methods throw common-http's exceptions and its builder takes common-http's settings.
  requires transitive dev.apiclients.http;
  requires feign.core;
  requires com.fasterxml.jackson.databind;

  exports dev.apiclients.libib;

  // Jackson binds Libib's JSON to these records (public ones and the internal listing wrappers).
  opens dev.apiclients.libib to com.fasterxml.jackson.databind;
  opens dev.apiclients.libib.internal to com.fasterxml.jackson.databind;
}
