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
import feign.Headers;
import feign.RequestLine;
import java.net.URI;

/**
 * ActivePlatform API v3 reads as a Feign interface. Every method takes the whole URL, built and
 * encoded by {@link JsonApiReader} (or a page link checked against the configured origin); the
 * return type tells {@link JsonApiDecoder} which record to bind and which document shape to expect.
 */
@Headers({"Accept: application/vnd.api+json", "Content-Type: application/vnd.api+json"})
public interface ResourcesApi {

  @RequestLine("GET")
  ListDocument<Manager> managers(URI url);

  @RequestLine("GET")
  ItemDocument<Manager> manager(URI url);

  @RequestLine("GET")
  ListDocument<AccessLevel> accessLevels(URI url);

  @RequestLine("GET")
  ItemDocument<AccessLevel> accessLevel(URI url);

  @RequestLine("GET")
  ListDocument<Account> accounts(URI url);

  @RequestLine("GET")
  ItemDocument<Account> account(URI url);

  @RequestLine("GET")
  ListDocument<Subscription> subscriptions(URI url);

  @RequestLine("GET")
  ItemDocument<Subscription> subscription(URI url);

  @RequestLine("GET")
  ListDocument<Order> orders(URI url);

  @RequestLine("GET")
  ItemDocument<Order> order(URI url);

  @RequestLine("GET")
  ListDocument<Plan> plans(URI url);

  @RequestLine("GET")
  ItemDocument<Plan> plan(URI url);

  @RequestLine("GET")
  ListDocument<Reseller> resellers(URI url);

  @RequestLine("GET")
  ItemDocument<Reseller> reseller(URI url);

  @RequestLine("GET")
  ListDocument<Payment> payments(URI url);

  @RequestLine("GET")
  ItemDocument<Payment> payment(URI url);

  @RequestLine("GET")
  ListDocument<AsyncTask> asyncTasks(URI url);

  @RequestLine("GET")
  ItemDocument<AsyncTask> asyncTask(URI url);
}
