package dev.apiclients.activeplatform.internal;

import dev.apiclients.activeplatform.AccessLevel;
import dev.apiclients.activeplatform.Account;
import dev.apiclients.activeplatform.Manager;
import dev.apiclients.activeplatform.Order;
import dev.apiclients.activeplatform.Plan;
import dev.apiclients.activeplatform.Reseller;
import dev.apiclients.activeplatform.Subscription;
import dev.apiclients.http.observation.CallName;
import feign.Headers;
import feign.RequestLine;
import java.net.URI;

/**
 * ActivePlatform API v3 reads as a Feign interface. Every method takes the whole URL, built and
 * encoded by {@link JsonApiReader} (or a page link checked against the configured origin); the
 * return type tells {@link JsonApiDecoder} which record to bind and which document shape to expect.
 * Each method names its operation with {@link CallName}; {@link UrlTemplates} makes the URL
 * template of each URL for metrics and traces.
 */
@Headers({"Accept: application/vnd.api+json", "Content-Type: application/vnd.api+json"})
public interface ResourcesApi {

  @CallName("activeplatform.managers.list")
  @RequestLine("GET")
  ListDocument<Manager> managers(URI url);

  @CallName("activeplatform.managers.get")
  @RequestLine("GET")
  ItemDocument<Manager> manager(URI url);

  @CallName("activeplatform.manager_roles.list")
  @RequestLine("GET")
  ListDocument<AccessLevel> accessLevels(URI url);

  @CallName("activeplatform.manager_roles.get")
  @RequestLine("GET")
  ItemDocument<AccessLevel> accessLevel(URI url);

  @CallName("activeplatform.accounts.list")
  @RequestLine("GET")
  ListDocument<Account> accounts(URI url);

  @CallName("activeplatform.accounts.get")
  @RequestLine("GET")
  ItemDocument<Account> account(URI url);

  @CallName("activeplatform.subscriptions.list")
  @RequestLine("GET")
  ListDocument<Subscription> subscriptions(URI url);

  @CallName("activeplatform.subscriptions.get")
  @RequestLine("GET")
  ItemDocument<Subscription> subscription(URI url);

  @CallName("activeplatform.orders.list")
  @RequestLine("GET")
  ListDocument<Order> orders(URI url);

  @CallName("activeplatform.orders.get")
  @RequestLine("GET")
  ItemDocument<Order> order(URI url);

  @CallName("activeplatform.plans.list")
  @RequestLine("GET")
  ListDocument<Plan> plans(URI url);

  @CallName("activeplatform.plans.get")
  @RequestLine("GET")
  ItemDocument<Plan> plan(URI url);

  @CallName("activeplatform.resellers.list")
  @RequestLine("GET")
  ListDocument<Reseller> resellers(URI url);

  @CallName("activeplatform.resellers.get")
  @RequestLine("GET")
  ItemDocument<Reseller> reseller(URI url);
}
