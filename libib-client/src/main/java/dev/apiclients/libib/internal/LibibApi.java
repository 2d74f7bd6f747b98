package dev.apiclients.libib.internal;

import dev.apiclients.http.observation.CallName;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/**
 * Libib's REST API as a Feign interface. Identifiers must be given already encoded with {@code
 * PathSegment.encode}; query maps must hold already encoded names and values. Each method names its
 * operation for metrics and traces with {@link CallName}.
 */
@Headers("Accept: application/json")
public interface LibibApi {

  @CallName("libib.credentials.verify")
  @RequestLine("GET /")
  void connectionTest();

  @CallName("libib.accounts.list")
  @RequestLine("GET /accounts")
  LibibJson.AccountList accounts();

  @CallName("libib.managers.list")
  @RequestLine("GET /managers")
  LibibJson.ManagerList managers();

  @CallName("libib.managers.get")
  @RequestLine(value = "GET /managers/{email}", decodeSlash = false)
  dev.apiclients.libib.Manager manager(@Param("email") String email);

  @CallName("libib.managers.create")
  @RequestLine("POST /managers")
  dev.apiclients.libib.Manager createManager(@QueryMap Map<String, String> fields);

  @CallName("libib.managers.delete")
  @RequestLine(value = "DELETE /managers/{email}", decodeSlash = false)
  void deleteManager(@Param("email") String email);

  @CallName("libib.patrons.list")
  @RequestLine("GET /patrons?page={page}")
  LibibJson.PatronPage patrons(@Param("page") int page);

  @CallName("libib.patrons.get")
  @RequestLine(value = "GET /patrons/{id}", decodeSlash = false)
  dev.apiclients.libib.Patron patron(@Param("id") String id);

  @CallName("libib.patrons.create")
  @RequestLine("POST /patrons")
  dev.apiclients.libib.Patron createPatron(@QueryMap Map<String, String> fields);

  @CallName("libib.patrons.update")
  @RequestLine(value = "POST /patrons/{id}", decodeSlash = false)
  void updatePatron(@Param("id") String id, @QueryMap Map<String, String> fields);

  @CallName("libib.patrons.restore")
  @RequestLine(value = "PATCH /patrons/{id}", decodeSlash = false)
  void restorePatron(@Param("id") String id);

  @CallName("libib.patrons.delete")
  @RequestLine(value = "DELETE /patrons/{id}", decodeSlash = false)
  void deletePatron(@Param("id") String id);
}
