package dev.apiclients.sandbox;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * What both sandbox extensions do: one {@link Sandbox} per test class (shared when both are
 * registered, and with {@code @Nested} classes), reset before each test, closed after the class;
 * parameters of type {@link Sandbox} and of the extension's client type are injected.
 *
 * @param <C> the client type the extension injects
 */
abstract class SandboxExtensionSupport<C extends AutoCloseable>
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

  static final Namespace NAMESPACE = Namespace.create(Sandbox.class);
  static final String LIBIB_REGISTERED = "libib-extension";
  private static final String SANDBOX = "sandbox";

  private final Class<C> clientType;
  private Sandbox current;
  private C client;

  SandboxExtensionSupport(Class<C> clientType) {
    this.clientType = clientType;
  }

  /**
   * The sandbox of the running test class, for an extension registered in a static field.
   *
   * @return the running sandbox
   * @throws IllegalStateException outside a test class that registered this extension
   */
  public synchronized Sandbox sandbox() {
    if (current == null) {
      throw new IllegalStateException("no sandbox: register the extension with @RegisterExtension on a static field"
          + " or with @ExtendWith, and use it from a test");
    }
    return current;
  }

  /**
   * A client of the running sandbox, with pacing and retries off; the same one throughout a class.
   *
   * @return the client
   * @throws IllegalStateException outside a test class that registered this extension
   */
  public synchronized C client() {
    Sandbox sandbox = sandbox();
    if (client == null) {
      client = newClient(sandbox);
    }
    return client;
  }

  @Override
  public synchronized void beforeAll(ExtensionContext context) {
    Store store = context.getStore(NAMESPACE);
    Sandbox sandbox = store.get(SANDBOX, Sandbox.class);
    if (sandbox == null) {
      sandbox = Sandbox.start();
      store.put(SANDBOX, sandbox);
      store.put(startedHere(context), Boolean.TRUE);
    }
    if (sandbox != current) {
      current = sandbox;
      client = null;
    }
    registered(store);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    sandboxOf(context).reset();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    Store store = context.getStore(NAMESPACE);
    if (store.remove(startedHere(context)) == null) {
      return;
    }
    Sandbox sandbox = store.remove(SANDBOX, Sandbox.class);
    synchronized (this) {
      if (client != null && current == sandbox) {
        client.close();
        client = null;
      }
      current = null;
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == clientType || type == Sandbox.class && resolvesSandbox(context.getStore(NAMESPACE));
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Sandbox.class ? sandboxOf(context) : client();
  }

  /** Notes in the class's store that this extension is registered. */
  void registered(Store store) {}

  /** Whether this extension injects {@link Sandbox} parameters (only one extension may). */
  boolean resolvesSandbox(Store store) {
    return true;
  }

  /** A ready client of the sandbox. */
  abstract C newClient(Sandbox sandbox);

  private static Sandbox sandboxOf(ExtensionContext context) {
    Sandbox sandbox = context.getStore(NAMESPACE).get(SANDBOX, Sandbox.class);
    if (sandbox == null) {
      throw new IllegalStateException("no sandbox started for " + context.getDisplayName());
    }
    return sandbox;
  }

  private static String startedHere(ExtensionContext context) {
    return "started-by:" + context.getUniqueId();
  }
}
