package dev.apiclients.libib.internal;

import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/**
 * Libib's REST API as a Feign interface. Identifiers must be given already encoded with {@code
 * PathSegment.encode}; query maps must hold already encoded names and values.
 */
@Headers("Accept: application/json")
public interface LibibApi {

  @RequestLine("GET /")
  void connectionTest();

  @RequestLine("GET /accounts")
  LibibJson.AccountList accounts();

  @RequestLine("GET /managers")
  LibibJson.ManagerList managers();

  @RequestLine(value = "GET /managers/{email}", decodeSlash = false)
  dev.apiclients.libib.Manager manager(@Param("email") String email);

  @RequestLine("POST /managers")
  dev.apiclients.libib.Manager createManager(@QueryMap Map<String, String> fields);

  @RequestLine(value = "DELETE /managers/{email}", decodeSlash = false)
  void deleteManager(@Param("email") String email);

  @RequestLine("GET /patrons?page={page}")
  LibibJson.PatronPage patrons(@Param("page") int page);

  @RequestLine(value = "GET /patrons/{id}", decodeSlash = false)
  dev.apiclients.libib.Patron patron(@Param("id") String id);

  @RequestLine("POST /patrons")
  dev.apiclients.libib.Patron createPatron(@QueryMap Map<String, String> fields);

  @RequestLine(value = "POST /patrons/{id}", decodeSlash = false)
  void updatePatron(@Param("id") String id, @QueryMap Map<String, String> fields);

  @RequestLine(value = "PATCH /patrons/{id}", decodeSlash = false)
  void restorePatron(@Param("id") String id);

  @RequestLine(value = "DELETE /patrons/{id}", decodeSlash = false)
  void deletePatron(@Param("id") String id);
}
