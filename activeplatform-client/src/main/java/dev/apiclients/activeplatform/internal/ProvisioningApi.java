package dev.apiclients.activeplatform.internal;

import dev.apiclients.activeplatform.Account;
import dev.apiclients.activeplatform.AsyncTask;
import dev.apiclients.activeplatform.Manager;
import dev.apiclients.activeplatform.Order;
import dev.apiclients.activeplatform.Payment;
import dev.apiclients.activeplatform.Subscription;
import dev.apiclients.http.observation.CallName;
import feign.Headers;
import feign.RequestLine;
import java.net.URI;

/**
 * ActivePlatform API v3 writes as a Feign interface (their reads go through {@link ResourcesApi}).
 * Every method takes the whole URL built by {@link JsonApiWriter} and the body written by {@link
 * WriteBodies}; a {@code void} method is an {@code *_operation} that the platform answers 200 with
 * an empty body. Each names its operation with {@link CallName} (the URL template tells the five
 * order types and the operations apart).
 */
@Headers({"Accept: application/vnd.api+json", "Content-Type: application/vnd.api+json"})
public interface ProvisioningApi {

  @CallName("activeplatform.accounts.create")
  @RequestLine("POST")
  ItemDocument<Account> createAccount(URI url, byte[] body);

  @CallName("activeplatform.accounts.update")
  @RequestLine("PATCH")
  ItemDocument<Account> updateAccount(URI url, byte[] body);

  @CallName("activeplatform.managers.create")
  @RequestLine("POST")
  ItemDocument<Manager> createManager(URI url, byte[] body);

  @CallName("activeplatform.managers.update")
  @RequestLine("PATCH")
  ItemDocument<Manager> updateManager(URI url, byte[] body);

  @CallName("activeplatform.subscriptions.update")
  @RequestLine("PATCH")
  ItemDocument<Subscription> updateSubscription(URI url, byte[] body);

  @CallName("activeplatform.orders.create")
  @RequestLine("POST")
  ItemDocument<Order> createOrder(URI url, byte[] body);

  @CallName("activeplatform.payments.create")
  @RequestLine("POST")
  ItemDocument<Payment> createPayment(URI url, byte[] body);

  @CallName("activeplatform.payments.update")
  @RequestLine("PATCH")
  ItemDocument<Payment> updatePayment(URI url, byte[] body);

  @CallName("activeplatform.order_attributes.validate")
  @RequestLine("POST")
  ItemDocument<AsyncTask> createAsyncTask(URI url, byte[] body);

  /** An operation with attributes (stop, activate). */
  @CallName("activeplatform.operations.run")
  @RequestLine("POST")
  void operation(URI url, byte[] body);

  /** An operation without a body (delete, cancel). */
  @CallName("activeplatform.operations.run")
  @RequestLine("POST")
  void operationWithoutBody(URI url);
}
