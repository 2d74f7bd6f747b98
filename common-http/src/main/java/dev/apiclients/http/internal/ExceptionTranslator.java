package dev.apiclients.http.internal;

import dev.apiclients.http.ApiConnectionException;
import dev.apiclients.http.ApiException;
import dev.apiclients.http.ErrorResponse;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Wraps a Feign-built client so that callers only ever see the library's own exceptions: an
 * {@link ApiException} wrapped by Feign is unwrapped, and any other Feign exception becomes an
 * {@link ApiException} without the Feign type.
 */
public final class ExceptionTranslator implements InvocationHandler {

  private final Object target;
  private final Redactor redactor;

  private ExceptionTranslator(Object target, Redactor redactor) {
    this.target = target;
    this.redactor = redactor;
  }

  /** Returns {@code target} behind a proxy of {@code api} that translates exceptions. */
  public static <T> T wrap(Class<T> api, T target, Redactor redactor) {
    return api.cast(Proxy.newProxyInstance(
        api.getClassLoader(), new Class<?>[] {api}, new ExceptionTranslator(target, redactor)));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "toString" -> "ApiClient[" + method.getDeclaringClass().getSimpleName() + "]";
        case "hashCode" -> System.identityHashCode(proxy);
        case "equals" -> proxy == args[0];
        default -> method.invoke(target, args);
      };
    }
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw translate(e.getCause());
    }
  }

  private Throwable translate(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ApiException api) {
        return api;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    if (thrown.getClass().getName().startsWith("feign.")) {
      String message = redactor.text(String.valueOf(thrown.getMessage()), java.util.List.of());
      int newline = message.indexOf('\n');
      message = redactor.url(newline < 0 ? message : message.substring(0, newline));
      return new ApiConnectionException(
          "The request failed inside the HTTP layer: " + message, ErrorResponse.noResponse("", ""), false, null);
    }
    return thrown;
  }
}
