package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.JsonApiWriter;
import dev.apiclients.activeplatform.internal.WriteBodies;
import dev.apiclients.activeplatform.internal.WriteOperation;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;

/**
 * A reseller's plans ({@code GET /api/v3/resellers/{reseller_id}/plans}). Get it with {@link
 * ActivePlatformClient#plans()}. Listings follow {@code links.next}; bad arguments throw {@link
 * IllegalArgumentException} before any request.
 */
public final class Plans {

  private final ResourceCalls<Plan> calls;
  private final JsonApiWriter writer;

  Plans(ResourceCalls<Plan> calls, JsonApiWriter writer) {
    this.calls = calls;
    this.writer = writer;
  }

  /** Every plan of the reseller (every page). */
  public List<Plan> getPlans(long resellerId) {
    return calls.list(resellerId);
  }

  /** Every plan as a lazy stream. */
  public Stream<Plan> streamPlans(long resellerId) {
    return calls.stream(resellerId);
  }

  /** The plans that match the query, as a lazy stream. */
  public Stream<Plan> streamPlans(long resellerId, PlanQuery query) {
    return calls.stream(resellerId, query);
  }

  /** One plan by id, with optional {@code include=plan_category}. */
  public Plan getPlan(long resellerId, String planId, String... include) {
    return calls.get(resellerId, planId, PlanQuery.INCLUDES, include);
  }

  /**
   * Starts validating a plan's additional order attributes for an account ({@code POST
   * .../plans/{plan_id}/order_attributes_validation}), as Microsoft plans need before a sales
   * order (Google plans complete at once). Returns the async task; wait for it with {@link
   * AsyncTasks#awaitAsyncTask}. The response is not visible in the documents: a document holding
   * the {@code async_tasks} resource is assumed.
   *
   * <p><b>Before retrying after an unknown outcome:</b> nothing is ordered by a validation;
   * sending it again only makes another task.
   *
   * @throws IllegalArgumentException if an argument breaks a documented rule (nothing is sent)
   */
  public AsyncTask validateOrderAttributes(long resellerId, String planId, OrderAttributesValidation validation) {
    String id = JsonApiWriter.requireId(planId, "planId");
    RequestBuilder.checked(validation, "validation");
    URI url = writer.url(resellerId, "plans", id, "order_attributes_validation");
    WriteOperation operation = WriteOperation.of("validateOrderAttributes",
        "A validation orders nothing: sending it again only makes another task.");
    return writer.send(operation, () -> writer.api().createAsyncTask(url, WriteBodies.of(validation))).data();
  }
}
