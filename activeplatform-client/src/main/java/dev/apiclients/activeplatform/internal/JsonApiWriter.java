package dev.apiclients.activeplatform.internal;

import dev.apiclients.http.ApiConnectionException;
import dev.apiclients.http.ApiError;
import dev.apiclients.http.ErrorResponse;
import dev.apiclients.http.FeignClientFactory;
import dev.apiclients.http.ForbiddenException;
import dev.apiclients.http.PathSegment;
import dev.apiclients.http.ServerException;
import dev.apiclients.http.UnprocessableEntityException;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one path every ActivePlatform write takes: builds the URL ({@code
 * /api/v3/resellers/{id}/{collection}[/{id}][/{operation}]}), sends through {@link
 * ProvisioningApi} (the common transport re-sends a write only after 429 or a refused connection),
 * and words the failures for the operation:
 *
 * <ul>
 *   <li>outcome unknown (reset, timeout, 5xx): the same exception type, its message ending with
 *       what to check before sending the write again;
 *   <li>403 on an operation an {@code ability} flag guards: the message names the flag and {@code
 *       Subscription.ability()};
 *   <li>422 with a body that is not a JSON error document: the body's text becomes the one entry
 *       of {@code errors()}, so the platform's words are always there.
 * </ul>
 */
public final class JsonApiWriter {

  private final ProvisioningApi api;
  private final String apiRoot;

  /**
   * @param api the Feign client
   * @param factory the factory that built it (its base URL)
   */
  public JsonApiWriter(ProvisioningApi api, FeignClientFactory factory) {
    this.api = api;
    String base = factory.originPolicy().baseUrl().toString();
    this.apiRoot = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/api/v3/resellers/";
  }

  /** The Feign client. */
  public ProvisioningApi api() {
    return api;
  }

  /**
   * The URL of a write.
   *
   * @param collection such as {@code subscriptions} or {@code sales_order}
   * @param id the resource id (checked with {@link #requireId}), or null
   * @param operation such as {@code stop_operation}, or null
   */
  public URI url(long resellerId, String collection, String id, String operation) {
    JsonApiReader.requireReseller(resellerId);
    StringBuilder url = new StringBuilder(apiRoot).append(resellerId).append('/').append(collection);
    if (id != null) {
      url.append('/').append(PathSegment.encode(id.strip()));
    }
    if (operation != null) {
      url.append('/').append(operation);
    }
    return URI.create(url.toString());
  }

  /** Refuses a null or blank id, naming the argument; returns it stripped. */
  public static String requireId(String id, String name) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException(name + " must not be null or blank");
    }
    return id.strip();
  }

  /** Sends a write and words its failures for {@code operation}. */
  public <T> T send(WriteOperation operation, Supplier<T> call) {
    try {
      return call.get();
    } catch (ApiConnectionException e) {
      if (!e.outcomeUnknown()) {
        throw e;
      }
      throw new ApiConnectionException(e.getMessage() + " " + operation.howToCheck(), e.response(), true, e);
    } catch (ServerException e) {
      ServerException worded = new ServerException(e.getMessage() + " " + operation.howToCheck(), e.response());
      throw worded;
    } catch (ForbiddenException e) {
      if (operation.abilityFlag() == null) {
        throw e;
      }
      ForbiddenException worded = new ForbiddenException(e.getMessage() + " For " + operation.name()
          + " a 403 also means that this subscription's ability does not allow " + operation.abilityFlag()
          + " (in its current state); read Subscription.ability() before trying again.", e.response());
      throw worded;
    } catch (UnprocessableEntityException e) {
      if (!e.errors().isEmpty() || e.body().isBlank()) {
        throw e;
      }
      ErrorResponse r = e.response();
      UnprocessableEntityException worded = new UnprocessableEntityException(e.getMessage(), new ErrorResponse(
          r.status(), r.method(), r.url(), r.headers(), r.body(),
          List.of(new ApiError("422", null, null, r.body().strip(), null)), r.requestId()));
      throw worded;
    }
  }

  /** Sends a write that returns nothing ({@code 200} with an empty body). */
  public void run(WriteOperation operation, Runnable call) {
    send(operation, () -> {
      call.run();
      return null;
    });
  }
}
