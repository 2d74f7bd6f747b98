package dev.apiclients.http.internal;

import feign.Request;
import java.util.concurrent.TimeUnit;

/**
 * Feign's timeouts for every call of a client, the same for each method and thread. Feign looks up
 * per-method options on every call by a key built from the calling thread's name; this library sets
 * none, so the lookup is skipped.
 */
public final class FixedOptions extends Request.Options {

  /**
   * @param connectTimeoutMillis the connect timeout
   * @param readTimeoutMillis the read timeout (the whole response, body included)
   */
  public FixedOptions(long connectTimeoutMillis, long readTimeoutMillis) {
    super(connectTimeoutMillis, TimeUnit.MILLISECONDS, readTimeoutMillis, TimeUnit.MILLISECONDS, false);
  }

  /** The same options whatever the method: none are set per method. */
  @Override
  public Request.Options getMethodOptions(String methodName) {
    return this;
  }
}
