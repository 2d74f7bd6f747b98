package dev.apiclients.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
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
 * <p>Every sandbox and client lives in the test class's JUnit store, never in the extension, so
 * one extension instance in a static field of a shared base class serves test classes that run
 * in parallel, each with its own sandbox. {@link #sandbox()} and {@link #client()} find the class
 * of the test running on the calling thread.
 *
 * @param <C> the client type the extension injects
 */
abstract class SandboxExtensionSupport<C extends AutoCloseable>
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

  static final Namespace NAMESPACE = Namespace.create(Sandbox.class);
  static final String LIBIB_REGISTERED = "libib-extension";
  private static final String STATE = "sandbox";

  /** A class's sandbox and the clients made for it, one per client type. */
  static final class ClassSandbox {
    private final Sandbox sandbox;
    private final String owner;
    private final Map<Class<?>, AutoCloseable> clients = new HashMap<>();

    ClassSandbox(Sandbox sandbox, String owner) {
      this.sandbox = sandbox;
      this.owner = owner;
    }

    synchronized <T extends AutoCloseable> T client(Class<T> type, Function<Sandbox, T> make) {
      return type.cast(clients.computeIfAbsent(type, t -> make.apply(sandbox)));
    }

    synchronized void close() throws Exception {
      try {
        for (AutoCloseable client : clients.values()) {
          client.close();
        }
        clients.clear();
      } finally {
        sandbox.close();
      }
    }
  }

  private final Class<C> clientType;
  /** The classes this extension serves now; a thread running none of their tests may use the only one. */
  private final Set<ClassSandbox> active = ConcurrentHashMap.newKeySet();
  /** Per thread: the test classes and tests running on it, innermost last. */
  private final ThreadLocal<Deque<ExtensionContext>> running = ThreadLocal.withInitial(ArrayDeque::new);

  SandboxExtensionSupport(Class<C> clientType) {
    this.clientType = clientType;
  }

  /**
   * The sandbox of the test class running on this thread, for an extension registered in a static
   * field.
   *
   * @return the running sandbox
   * @throws IllegalStateException outside a test class that registered this extension
   */
  public Sandbox sandbox() {
    return current().sandbox;
  }

  /**
   * A client of the running sandbox, with pacing and retries off; the same one throughout a class.
   *
   * @return the client
   * @throws IllegalStateException outside a test class that registered this extension
   */
  public C client() {
    return current().client(clientType, this::newClient);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Store store = context.getStore(NAMESPACE);
    ClassSandbox state = store.get(STATE, ClassSandbox.class);
    if (state == null) {
      state = new ClassSandbox(Sandbox.start(), context.getUniqueId());
      store.put(STATE, state);
      store.put(startedHere(context), Boolean.TRUE);
    }
    active.add(state);
    registered(store);
    running.get().addLast(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    running.get().addLast(context);
    stateOf(context).sandbox.reset();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    running.get().removeLastOccurrence(context);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    running.get().removeLastOccurrence(context);
    Store store = context.getStore(NAMESPACE);
    ClassSandbox state = store.get(STATE, ClassSandbox.class);
    if (state == null || !state.owner.equals(context.getUniqueId())) {
      return;
    }
    active.remove(state);
    if (store.remove(startedHere(context)) != null) {
      store.remove(STATE);
      state.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == clientType || type == Sandbox.class && resolvesSandbox(context.getStore(NAMESPACE));
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ClassSandbox state = stateOf(context);
    return parameter.getParameter().getType() == Sandbox.class ? state.sandbox : state.client(clientType, this::newClient);
  }

  /** Notes in the class's store that this extension is registered. */
  void registered(Store store) {}

  /** Whether this extension injects {@link Sandbox} parameters (only one extension may). */
  boolean resolvesSandbox(Store store) {
    return true;
  }

  /** A ready client of the sandbox. */
  abstract C newClient(Sandbox sandbox);

  /** The sandbox of the test running on this thread, or the only one this extension serves. */
  private ClassSandbox current() {
    ExtensionContext context = running.get().peekLast();
    if (context != null) {
      return stateOf(context);
    }
    List<ClassSandbox> serving = List.copyOf(active);
    if (serving.size() == 1) {
      return serving.get(0);
    }
    throw new IllegalStateException(serving.isEmpty()
        ? "no sandbox: register the extension with @RegisterExtension on a static field or with @ExtendWith, and"
            + " use it from a test"
        : "several test classes use this extension at once and this thread runs none of their tests: call it from"
            + " the test's own thread, or take Sandbox and the client as test method parameters");
  }

  private static ClassSandbox stateOf(ExtensionContext context) {
    ClassSandbox state = context.getStore(NAMESPACE).get(STATE, ClassSandbox.class);
    if (state == null) {
      throw new IllegalStateException("no sandbox started for " + context.getDisplayName());
    }
    return state;
  }

  private static String startedHere(ExtensionContext context) {
    return "started-by:" + context.getUniqueId();
  }
}
