package dev.apiclients.spring.boot;

import dev.apiclients.activeplatform.ActivePlatformClient;
import dev.apiclients.http.observation.CallListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;

/**
 * An {@link ActivePlatformClient} bean built from {@link ActivePlatformProperties} when {@code
 * apiclients.activeplatform.base-url} and {@code apiclients.activeplatform.api-token} are set,
 * unless the application declares its own. The context closes it. The application's {@link
 * CallListener} bean, if it has one (such as the Micrometer observation one that {@link
 * ApiClientsObservationAutoConfiguration} declares), hears of every call.
 */
@AutoConfiguration
@ConditionalOnClass(ActivePlatformClient.class)
@ConditionalOnProperty(prefix = ActivePlatformProperties.PREFIX, name = {"base-url", "api-token"})
@EnableConfigurationProperties(ActivePlatformProperties.class)
public class ActivePlatformAutoConfiguration {

  /** Created by Spring. */
  public ActivePlatformAutoConfiguration() {}

  /**
   * The client, configured by the properties and then by every {@link
   * ActivePlatformClientCustomizer}.
   *
   * @param properties the bound {@code apiclients.activeplatform.*} properties
   * @param customizers the application's customizers, in order
   * @param sslBundles the application's SSL bundles, for {@code ssl-bundle}
   * @param callListener the application's call listener, such as the Micrometer observation one
   * @return the client; building it sends no request
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public ActivePlatformClient activePlatformClient(
      ActivePlatformProperties properties, ObjectProvider<ActivePlatformClientCustomizer> customizers,
      ObjectProvider<SslBundles> sslBundles, ObjectProvider<CallListener> callListener) {
    ActivePlatformClient.Builder builder = ActivePlatformClient.builder()
        .baseUrl(properties.getBaseUrl())
        .apiToken(properties.getApiToken())
        .pageSize(properties.getPageSize());
    SharedOptions.apply(builder, properties, sslBundles, callListener);
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }
}
