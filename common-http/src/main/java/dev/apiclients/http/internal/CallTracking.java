package dev.apiclients.http.internal;

import dev.apiclients.http.TransportOptions;
import dev.apiclients.http.observation.CallInfo;
import dev.apiclients.http.observation.CallListener;
import dev.apiclients.http.observation.CallName;
import dev.apiclients.http.observation.CallObserver;
import dev.apiclients.http.observation.UrlTemplater;
import feign.RequestLine;
import java.lang.reflect.Method;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Starts the bookkeeping of each call of one Feign interface: names it (the {@link CallName} of
 * its method, the template of its request line, or what the client's {@link UrlTemplater} makes of
 * a URL it was handed), asks the listener for an observer and sets the call's deadline. Used only
 * when a client has a listener, a request hook or a call timeout.
 */
public final class CallTracking {

  private final CallListener listener;
  private final Duration timeout;
  private final Clock clock;
  private final UrlTemplater templater;
  private final String basePath;
  private final Map<Method, Naming> names = new HashMap<>();

  /**
   * @param type the Feign interface
   * @param options the client's options: name, listener, call timeout
   * @param clock the client's clock, for deadlines
   * @param baseUrl the base URL, whose path URL templates are relative to
   * @param templater the client's templater for methods that take a whole URL
   */
  public CallTracking(Class<?> type, TransportOptions options, Clock clock, URI baseUrl, UrlTemplater templater) {
    this.listener = options.callListener();
    this.timeout = options.callTimeout();
    this.clock = clock;
    this.templater = templater;
    String path = baseUrl.getRawPath();
    this.basePath = path == null ? "" : path;
    String client = options.clientName() == null ? "api" : options.clientName();
    for (Method method : type.getMethods()) {
      if (method.getDeclaringClass() != Object.class && !method.isDefault()) {
        names.put(method, naming(client, method));
      }
    }
  }

  /**
   * Starts a call of {@code method} with {@code args}: not yet current on the thread.
   *
   * @return the call's context
   */
  public CallContext start(Method method, Object[] args) {
    Naming naming = names.get(method);
    CallInfo info = naming.template != null ? naming.info
        : new CallInfo(naming.info.client(), naming.info.operation(), naming.info.method(), templateOf(args));
    CallObserver observer = CallObserver.NONE;
    if (listener != null) {
      try {
        CallObserver started = listener.callStarted(info);
        observer = started == null ? CallObserver.NONE : started;
      } catch (RuntimeException e) {
        CallContext.safely(() -> {
          throw e;
        });
      }
    }
    return CallContext.start(info, observer, clock, timeout);
  }

  private String templateOf(Object[] args) {
    if (args != null) {
      for (Object arg : args) {
        if (arg instanceof URI uri) {
          String path = uri.getRawPath() == null ? "" : uri.getRawPath();
          if (!basePath.isEmpty() && path.startsWith(basePath)) {
            path = path.substring(basePath.length());
          }
          return templater.template(path.isEmpty() ? "/" : path);
        }
      }
    }
    return "/";
  }

  private static Naming naming(String client, Method method) {
    CallName declared = method.getAnnotation(CallName.class);
    RequestLine line = method.getAnnotation(RequestLine.class);
    String httpMethod = "GET";
    String template = null;
    if (line != null) {
      String value = line.value().strip();
      int space = value.indexOf(' ');
      httpMethod = (space < 0 ? value : value.substring(0, space)).toUpperCase(Locale.ROOT);
      if (space >= 0) {
        String path = value.substring(space + 1).strip();
        int query = path.indexOf('?');
        template = query < 0 ? path : path.substring(0, query);
        template = template.isEmpty() ? "/" : template;
      }
    }
    if (declared != null && !declared.urlTemplate().isEmpty()) {
      template = declared.urlTemplate();
    }
    String operation = declared != null ? declared.value() : client + "." + method.getName();
    return new Naming(new CallInfo(client, operation, httpMethod, template == null ? "" : template), template);
  }

  /** A method's name and template; {@code template} is null when the URL is an argument. */
  private record Naming(CallInfo info, String template) {}
}
