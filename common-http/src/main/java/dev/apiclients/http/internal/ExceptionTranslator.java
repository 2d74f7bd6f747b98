package dev.apiclients.http.internal;

import dev.apiclients.http.ApiConnectionException;
import dev.apiclients.http.ApiException;
import dev.apiclients.http.ErrorResponse;
import feign.InvocationHandlerFactory;
import feign.Target;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * Feign's invocation handler for every client, so that callers only ever see the library's own
 * exceptions: an {@link ApiException} wrapped by Feign is unwrapped, and any other Feign exception
 * becomes an {@link ApiException} without the Feign type. It dispatches straight to Feign's method
 * handlers, so a call goes through one proxy, not two.
 */
public final class ExceptionTranslator implements InvocationHandlerFactory {

  private final Redactor redactor;
  private final CallTracking tracking;

  /** @param redactor masks secrets in the messages of translated exceptions */
  public ExceptionTranslator(Redactor redactor) {
    this(redactor, null);
  }

  /**
   * @param redactor masks secrets in the messages of translated exceptions
   * @param tracking starts each call's bookkeeping, or {@code null} when the client needs none
   *     (no listener, hook or call timeout): then a call costs nothing extra
   */
  public ExceptionTranslator(Redactor redactor, CallTracking tracking) {
    this.redactor = redactor;
    this.tracking = tracking;
  }

  @Override
  @SuppressWarnings("rawtypes") // Feign's InvocationHandlerFactory declares the raw type
  public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
    String name = "ApiClient[" + target.type().getSimpleName() + "]";
    return (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return switch (method.getName()) {
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> name;
        };
      }
      MethodHandler handler = dispatch.get(method);
      if (handler == null) {
        throw new UnsupportedOperationException(name + " has no handler for " + method.getName());
      }
      if (tracking == null) {
        try {
          return handler.invoke(args);
        } catch (Throwable thrown) {
          throw translate(thrown);
        }
      }
      return tracked(handler, method, args);
    };
  }

  /** A call with its bookkeeping current on this thread, its end reported whatever happens. */
  private Object tracked(MethodHandler handler, Method method, Object[] args) throws Throwable {
    CallContext call = tracking.start(method, args);
    CallContext previous = call.enter();
    Object result;
    try {
      result = handler.invoke(args);
    } catch (Throwable thrown) {
      Throwable translated = translate(thrown);
      CallContext.leave(previous);
      call.end(translated);
      throw translated;
    }
    CallContext.leave(previous);
    call.end(null);
    return result;
  }

  private Throwable translate(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ApiException api) {
        return api;
      }
    }
    if (thrown.getClass().getName().startsWith("feign.") || thrownByFeign(thrown)) {
      String message = redactor.text(String.valueOf(thrown.getMessage()), List.of());
      // Feign's messages quote the request line: mask its query as for a write (names kept).
      message = message.replaceAll("\\?[^\\s]*", "?" + Redactor.MASK);
      int newline = message.indexOf('\n');
      message = newline < 0 ? message : message.substring(0, newline);
      return new ApiConnectionException(
          "The request failed inside the HTTP layer: " + message, ErrorResponse.noResponse("", ""), false, null);
    }
    return thrown;
  }

  /** A JDK exception Feign threw itself (its argument checks), not one of the client's own code. */
  private static boolean thrownByFeign(Throwable thrown) {
    StackTraceElement[] trace = thrown.getStackTrace();
    return thrown instanceof RuntimeException && trace.length > 0 && trace[0].getClassName().startsWith("feign.");
  }
}
