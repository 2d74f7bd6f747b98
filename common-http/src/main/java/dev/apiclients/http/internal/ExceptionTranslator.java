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

  /** @param redactor masks secrets in the messages of translated exceptions */
  public ExceptionTranslator(Redactor redactor) {
    this.redactor = redactor;
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
      try {
        return handler.invoke(args);
      } catch (Throwable thrown) {
        throw translate(thrown);
      }
    };
  }

  private Throwable translate(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ApiException api) {
        return api;
      }
    }
    if (thrown.getClass().getName().startsWith("feign.")) {
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
}
