package dev.apiclients.activeplatform.internal;

import dev.apiclients.activeplatform.AccessLevel;
import dev.apiclients.activeplatform.Account;
import dev.apiclients.activeplatform.AsyncTask;
import dev.apiclients.activeplatform.Manager;
import dev.apiclients.activeplatform.Order;
import dev.apiclients.activeplatform.Payment;
import dev.apiclients.activeplatform.Plan;
import dev.apiclients.activeplatform.Reseller;
import dev.apiclients.activeplatform.Subscription;
import dev.apiclients.activeplatform.internal.jsonapi.AccessLevelDto;
import dev.apiclients.activeplatform.internal.jsonapi.AccountDto;
import dev.apiclients.activeplatform.internal.jsonapi.AsyncTaskDto;
import dev.apiclients.activeplatform.internal.jsonapi.JsonApiDocuments;
import dev.apiclients.activeplatform.internal.jsonapi.ManagerDto;
import dev.apiclients.activeplatform.internal.jsonapi.OrderDto;
import dev.apiclients.activeplatform.internal.jsonapi.PaymentDto;
import dev.apiclients.activeplatform.internal.jsonapi.PlanDto;
import dev.apiclients.activeplatform.internal.jsonapi.ResellerDto;
import dev.apiclients.activeplatform.internal.jsonapi.ResourceDto;
import dev.apiclients.activeplatform.internal.jsonapi.SubscriptionDto;
import java.util.List;

/**
 * Every resource the client reads, and the one jsonapi-converter configuration that reads them.
 * The type names of managers, subscriptions and plans are in the documents' examples; those of
 * manager roles, accounts, orders and resellers are not visible and are assumed to be the plural
 * path names (a listing reads its resources whatever type they are sent with).
 */
public final class ResourceTypes {

  public static final ResourceType<Manager> MANAGERS =
      new ResourceType<>(Manager.class, ManagerDto.class, ResourcesApi::managers, ResourcesApi::manager);
  public static final ResourceType<AccessLevel> MANAGER_ROLES = new ResourceType<>(
      AccessLevel.class, AccessLevelDto.class, ResourcesApi::accessLevels, ResourcesApi::accessLevel);
  public static final ResourceType<Account> ACCOUNTS =
      new ResourceType<>(Account.class, AccountDto.class, ResourcesApi::accounts, ResourcesApi::account);
  public static final ResourceType<Subscription> SUBSCRIPTIONS = new ResourceType<>(
      Subscription.class, SubscriptionDto.class, ResourcesApi::subscriptions, ResourcesApi::subscription);
  public static final ResourceType<Order> ORDERS =
      new ResourceType<>(Order.class, OrderDto.class, ResourcesApi::orders, ResourcesApi::order);
  public static final ResourceType<Plan> PLANS =
      new ResourceType<>(Plan.class, PlanDto.class, ResourcesApi::plans, ResourcesApi::plan);
  public static final ResourceType<Reseller> RESELLERS =
      new ResourceType<>(Reseller.class, ResellerDto.class, ResourcesApi::resellers, ResourcesApi::reseller);

  public static final ResourceType<Payment> PAYMENTS =
      new ResourceType<>(Payment.class, PaymentDto.class, ResourcesApi::payments, ResourcesApi::payment);
  public static final ResourceType<AsyncTask> ASYNC_TASKS =
      new ResourceType<>(AsyncTask.class, AsyncTaskDto.class, ResourcesApi::asyncTasks, ResourcesApi::asyncTask);

  /** Every resource type, in the order they are registered with jsonapi-converter. */
  public static final List<ResourceType<?>> ALL =
      List.of(MANAGERS, MANAGER_ROLES, ACCOUNTS, SUBSCRIPTIONS, ORDERS, PLANS, RESELLERS, PAYMENTS, ASYNC_TASKS);

  /** The one, fully configured jsonapi-converter of the client, shared by every read. */
  static final JsonApiDocuments DOCUMENTS = new JsonApiDocuments(dtos());

  private ResourceTypes() {}

  /** The resource type of a record class, or null for a class that is not one. */
  @SuppressWarnings("unchecked")
  static <R> ResourceType<R> of(Class<R> record) {
    for (ResourceType<?> type : ALL) {
      if (type.record() == record) {
        return (ResourceType<R>) type;
      }
    }
    return null;
  }

  private static List<Class<? extends ResourceDto<?>>> dtos() {
    return ALL.stream().<Class<? extends ResourceDto<?>>>map(ResourceType::dto).toList();
  }
}
