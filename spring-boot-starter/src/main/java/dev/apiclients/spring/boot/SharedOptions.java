package dev.apiclients.spring.boot;

import dev.apiclients.http.ClientBuilder;
import dev.apiclients.http.observation.CallListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ssl.SslBundles;

/** What both client beans get beyond their own properties: the shared options, TLS and observation. */
final class SharedOptions {

  private SharedOptions() {}

  /**
   * Sets the shared properties, the SSL bundle's context if one is named, and the application's
   * {@link CallListener} if it has exactly one.
   */
  static void apply(ClientBuilder<?> builder, ApiClientProperties properties, ObjectProvider<SslBundles> sslBundles,
      ObjectProvider<CallListener> callListener) {
    properties.applyTo(builder);
    if (properties.getSslBundle() != null) {
      SslBundles bundles = sslBundles.getIfAvailable();
      if (bundles == null) {
        throw new IllegalStateException("ssl-bundle " + properties.getSslBundle()
            + " is set but the application has no SSL bundles (spring.ssl.bundle.*)");
      }
      builder.sslContext(bundles.getBundle(properties.getSslBundle()).createSslContext());
    }
    callListener.ifUnique(builder::callListener);
  }
}
