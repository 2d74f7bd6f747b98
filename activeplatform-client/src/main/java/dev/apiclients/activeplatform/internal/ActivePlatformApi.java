package dev.apiclients.activeplatform.internal;

import dev.apiclients.activeplatform.ManagerPage;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.net.URI;

/** ActivePlatform API v3 as a Feign interface. */
@Headers({"Accept: application/vnd.api+json", "Content-Type: application/vnd.api+json"})
public interface ActivePlatformApi {

  @RequestLine("GET /api/v3/resellers/{resellerId}/managers?page[size]={size}&page[number]={number}")
  ManagerPage managers(@Param("resellerId") long resellerId, @Param("size") int size, @Param("number") int number);

  /** Follows a page link that was resolved and checked against the configured origin. */
  @RequestLine("GET")
  ManagerPage follow(URI link);
}
