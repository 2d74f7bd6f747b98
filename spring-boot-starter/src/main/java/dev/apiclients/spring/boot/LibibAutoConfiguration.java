package dev.apiclients.spring.boot;

import dev.apiclients.libib.LibibClient;
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
 * A {@link LibibClient} bean built from {@link LibibProperties} when {@code apiclients.libib.api-key}
 * and {@code apiclients.libib.api-user} are set, unless the application declares its own. The
 * context closes it. The application's {@link CallListener} bean, if it has one (such as the
 * Micrometer observation one that {@link ApiClientsObservationAutoConfiguration} declares), hears
 * of every call.
 */
@AutoConfiguration
@ConditionalOnClass(LibibClient.class)
@ConditionalOnProperty(prefix = LibibProperties.PREFIX, name = {"api-key", "api-user"})
@EnableConfigurationProperties(LibibProperties.class)
public class LibibAutoConfiguration {

  /** Created by Spring. */
  public LibibAutoConfiguration() {}

  /**
   * The client, configured by the properties and then by every {@link LibibClientCustomizer}.
   *
   * @param properties the bound {@code apiclients.libib.*} properties
   * @param customizers the application's customizers, in order
   * @param sslBundles the application's SSL bundles, for {@code ssl-bundle}
   * @param callListener the application's call listener, such as the Micrometer observation one
   * @return the client; building it sends no request
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public LibibClient libibClient(LibibProperties properties, ObjectProvider<LibibClientCustomizer> customizers,
      ObjectProvider<SslBundles> sslBundles, ObjectProvider<CallListener> callListener) {
    LibibClient.Builder builder = LibibClient.builder()
        .apiKey(properties.getApiKey())
        .apiUser(properties.getApiUser())
        .baseUrl(properties.getBaseUrl())
        .requestInterval(properties.getRequestInterval());
    if (properties.getApiUltimate() != null && !properties.getApiUltimate().isBlank()) {
      builder.apiUltimate(properties.getApiUltimate());
    }
    if (properties.getMaxRequestInterval() != null) {
      builder.maxRequestInterval(properties.getMaxRequestInterval());
    }
    if (properties.getWriteInterval() != null) {
      builder.writeInterval(properties.getWriteInterval());
    }
    SharedOptions.apply(builder, properties, sslBundles, callListener);
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }
}
