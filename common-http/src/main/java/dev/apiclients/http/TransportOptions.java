package dev.apiclients.http;

import dev.apiclients.http.internal.HeaderRules;
import dev.apiclients.http.observation.CallListener;
import java.net.Authenticator;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;

/**
 * The options a client needs in production, set on its builder: network settings for the JDK
 * client the library builds (proxy, TLS, HTTP version, executor), headers of your own, a call
 * timeout, and a listener for metrics and traces. Part of {@link HttpClientConfig}; immutable.
 *
 * @param clientName the client's name in observations, such as {@code libib}
 * @param callListener hears of every call and attempt, or {@code null}
 * @param proxy the proxy selector, or {@code null} for direct connections
 * @param proxyAuthenticator answers proxy challenges, or {@code null}
 * @param sslContext the TLS context, or {@code null} for the JDK's default
 * @param httpVersion the HTTP version asked for
 * @param executor the JDK client's executor, or {@code null} for its own
 * @param defaultHeaders headers sent with every request (names matched without case)
 * @param requestHook adds headers per request, or {@code null}
 * @param callTimeout bounds each whole call, or {@code null} for no bound
 */
public record TransportOptions(
    String clientName,
    CallListener callListener,
    ProxySelector proxy,
    Authenticator proxyAuthenticator,
    SSLContext sslContext,
    HttpClient.Version httpVersion,
    Executor executor,
    Map<String, String> defaultHeaders,
    RequestHook requestHook,
    Duration callTimeout) {

  /** Keeps the default headers read-only. */
  public TransportOptions {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(defaultHeaders);
    defaultHeaders = Collections.unmodifiableMap(headers);
  }

  /** No option set: what a client uses unless told otherwise. */
  public static TransportOptions defaults() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Whether calls are observed or bounded, so that a call needs its own bookkeeping. */
  public boolean tracksCalls() {
    return callListener != null || callTimeout != null;
  }

  /** A copy with another call timeout ({@code null} for none). */
  public TransportOptions withCallTimeout(Duration timeout) {
    return new TransportOptions(clientName, callListener, proxy, proxyAuthenticator, sslContext, httpVersion,
        executor, defaultHeaders, requestHook, timeout);
  }

  /** Shows which options are set; header values are not shown. */
  @Override
  public String toString() {
    return "TransportOptions[clientName=" + clientName
        + ", callListener=" + (callListener != null)
        + ", proxy=" + (proxy != null)
        + ", proxyAuthenticator=" + (proxyAuthenticator != null)
        + ", sslContext=" + (sslContext != null)
        + ", httpVersion=" + httpVersion
        + ", executor=" + (executor != null)
        + ", defaultHeaders=" + defaultHeaders.keySet()
        + ", requestHook=" + (requestHook != null)
        + ", callTimeout=" + callTimeout
        + "]";
  }

  /** Collects the options as a client builder is told them; {@link #check} validates them. */
  static final class Builder {
    private String clientName;
    private CallListener callListener;
    private ProxySelector proxy;
    private Authenticator proxyAuthenticator;
    private SSLContext sslContext;
    private HttpClient.Version httpVersion = HttpClient.Version.HTTP_1_1;
    private boolean networkSet;
    private Executor executor;
    private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
    private RequestHook requestHook;
    private Duration callTimeout;

    void clientName(String clientName) {
      this.clientName = clientName;
    }

    void callListener(CallListener callListener) {
      this.callListener = callListener;
    }

    void proxy(ProxySelector proxy) {
      this.proxy = proxy;
      networkSet = true;
    }

    void proxyAuthenticator(Authenticator proxyAuthenticator) {
      this.proxyAuthenticator = proxyAuthenticator;
      networkSet = true;
    }

    void sslContext(SSLContext sslContext) {
      this.sslContext = sslContext;
      networkSet = true;
    }

    void httpVersion(HttpClient.Version httpVersion) {
      this.httpVersion = httpVersion;
      networkSet = true;
    }

    void executor(Executor executor) {
      this.executor = executor;
      networkSet = true;
    }

    void defaultHeader(String name, String value) {
      HeaderRules.requireSettable(name, null, "defaultHeader");
      HeaderRules.requireValue(name, value, "defaultHeader");
      defaultHeaders.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
      defaultHeaders.put(name, value);
    }

    void requestHook(RequestHook requestHook) {
      this.requestHook = requestHook;
    }

    void callTimeout(Duration callTimeout) {
      this.callTimeout = callTimeout;
    }

    void copyFrom(Builder other) {
      clientName = other.clientName;
      callListener = other.callListener;
      proxy = other.proxy;
      proxyAuthenticator = other.proxyAuthenticator;
      sslContext = other.sslContext;
      httpVersion = other.httpVersion;
      networkSet = other.networkSet;
      executor = other.executor;
      defaultHeaders.clear();
      defaultHeaders.putAll(other.defaultHeaders);
      requestHook = other.requestHook;
      callTimeout = other.callTimeout;
    }

    /** Validates; network settings cannot be combined with a transport of the user's own. */
    void check(boolean customTransport) {
      ConfigChecks.requireSet(httpVersion, "httpVersion");
      if (callTimeout != null) {
        ConfigChecks.requirePositive(callTimeout, "callTimeout");
      }
      if (customTransport && networkSet) {
        throw new IllegalArgumentException("proxy, proxyAuthenticator, sslContext, httpVersion and executor do not"
            + " apply to a transport of your own: set them on that HttpClient, or drop transport(...) and let the"
            + " client build one with them");
      }
    }

    /** Checks the default headers against the credential headers. */
    void checkAgainst(CredentialHeaders credentials) {
      defaultHeaders.keySet().forEach(name -> HeaderRules.requireSettable(name, credentials, "defaultHeader"));
    }

    TransportOptions build() {
      return new TransportOptions(clientName, callListener, proxy, proxyAuthenticator, sslContext, httpVersion,
          executor, defaultHeaders, requestHook, callTimeout);
    }
  }
}
