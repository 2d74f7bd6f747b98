package dev.apiclients.activeplatform.internal;

import dev.apiclients.activeplatform.Account;
import dev.apiclients.activeplatform.AsyncTask;
import dev.apiclients.activeplatform.Manager;
import dev.apiclients.activeplatform.Order;
import dev.apiclients.activeplatform.Payment;
import dev.apiclients.activeplatform.Subscription;
import feign.Headers;
import feign.RequestLine;
import java.net.URI;

/**
 * ActivePlatform API v3 writes as a Feign interface (their reads go through {@link ResourcesApi}). Every method takes the whole URL built by {@link JsonApiWriter} and the
 * body written by {@link WriteBodies}; a {@code void} method is an {@code *_operation} that the
 * platform answers 200 with an empty body.
 */
@Headers({"Accept: application/vnd.api+json", "Content-Type: application/vnd.api+json"})
public interface ProvisioningApi {

  @RequestLine("POST")
  ItemDocument<Account> createAccount(URI url, byte[] body);

  @RequestLine("PATCH")
  ItemDocument<Account> updateAccount(URI url, byte[] body);

  @RequestLine("POST")
  ItemDocument<Manager> createManager(URI url, byte[] body);

  @RequestLine("PATCH")
  ItemDocument<Manager> updateManager(URI url, byte[] body);

  @RequestLine("PATCH")
  ItemDocument<Subscription> updateSubscription(URI url, byte[] body);

  @RequestLine("POST")
  ItemDocument<Order> createOrder(URI url, byte[] body);

  @RequestLine("POST")
  ItemDocument<Payment> createPayment(URI url, byte[] body);

  @RequestLine("PATCH")
  ItemDocument<Payment> updatePayment(URI url, byte[] body);

  @RequestLine("POST")
  ItemDocument<AsyncTask> createAsyncTask(URI url, byte[] body);

  /** An operation with attributes (stop, activate). */
  @RequestLine("POST")
  void operation(URI url, byte[] body);

  /** An operation without a body (delete, cancel). */
  @RequestLine("POST")
  void operationWithoutBody(URI url);
}
