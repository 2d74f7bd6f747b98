package dev.apiclients.activeplatform.internal;

import dev.apiclients.activeplatform.Manager;
import dev.apiclients.activeplatform.ManagerPage;

/** Decodes a JSON:API managers document through the generic {@link JsonApiDecoder} (kept for the benchmarks). */
public final class ManagersJsonApi {

  private ManagersJsonApi() {}

  /** Decodes a managers document into a page. */
  public static ManagerPage decode(byte[] body) {
    ListDocument<Manager> document = JsonApiDecoder.decodeList(body, Manager.class);
    return new ManagerPage(document.data(), document.links());
  }
}
