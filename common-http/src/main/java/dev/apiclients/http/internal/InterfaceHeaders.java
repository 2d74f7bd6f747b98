package dev.apiclients.http.internal;

import feign.Contract;
import feign.Headers;
import feign.MethodMetadata;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The literal headers an API interface declares for all its methods with Feign's class-level
 * {@link Headers} (such as {@code Accept: application/json}). Feign would expand each of them as a
 * template on every call; they are taken out of the methods' templates instead, and the transport
 * sets them as they are. A header is taken out only when it is a literal and every method sends
 * exactly that one value, so what is sent never changes.
 */
public final class InterfaceHeaders {

  private static final InterfaceHeaders NONE = new InterfaceHeaders(Map.of());

  private final Map<String, String> headers;

  private InterfaceHeaders(Map<String, String> headers) {
    this.headers = Map.copyOf(headers);
  }

  /**
   * Finds the headers of {@code api} that can be set by the transport.
   *
   * @param api a Feign interface, read with Feign's default contract
   * @return its literal interface-level headers, none if it declares none
   */
  public static InterfaceHeaders of(Class<?> api) {
    Headers declared = api.getAnnotation(Headers.class);
    if (declared == null) {
      return NONE;
    }
    Map<String, String> literal = new LinkedHashMap<>();
    for (String line : declared.value()) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.indexOf('{') < 0) {
        literal.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
    }
    if (literal.isEmpty()) {
      return NONE;
    }
    for (MethodMetadata method : new Contract.Default().parseAndValidateMetadata(api)) {
      Map<String, Collection<String>> sent = method.template().headers();
      literal.entrySet().removeIf(header -> !List.of(header.getValue()).equals(listOf(sent.get(header.getKey()))));
    }
    return literal.isEmpty() ? NONE : new InterfaceHeaders(literal);
  }

  private static List<String> listOf(Collection<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  /** The headers taken out of the methods' templates, by name. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Whether there are none. */
  public boolean isEmpty() {
    return headers.isEmpty();
  }

  /** Feign's default contract, without these headers in the methods' templates. */
  public Contract contract() {
    Contract standard = new Contract.Default();
    if (headers.isEmpty()) {
      return standard;
    }
    return type -> {
      List<MethodMetadata> methods = standard.parseAndValidateMetadata(type);
      for (MethodMetadata method : methods) {
        headers.keySet().forEach(method.template()::removeHeader);
      }
      return methods;
    };
  }
}
