/**
 * What the API clients share: typed errors, retries, pacing, paging, decoding and the Feign
 * wiring. Its {@code internal} package is not exported.
 */
module dev.apiclients.http {
  // ClientBuilder.transport(HttpClient) takes the JDK's client.
  requires transitive java.net.http;
  requires feign.core;
  requires com.fasterxml.jackson.databind;

  exports dev.apiclients.http;
  exports dev.apiclients.http.decoding;
  exports dev.apiclients.http.observation;
  exports dev.apiclients.http.paging;
}
