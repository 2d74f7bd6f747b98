package dev.apiclients.http.internal;

import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Sends Feign requests with the JDK {@link HttpClient} and reads each body whole, once, into a
 * byte array of at most {@code maxBodyBytes}. It stands in for feign-java11's client: this library
 * reads every body whole anyway, so it asks the JDK for the bytes directly instead of an {@code
 * InputStream}, and bounds the size while reading. Any method (PATCH included) is sent as is;
 * nothing is retried here (the {@link RetryingTransport} decides that). The read timeout bounds the
 * whole response, body included; a gzip body is inflated (within the same limit) and a body in
 * another declared charset is handed on as UTF-8.
 */
public final class JdkHttpTransport {

  private volatile HttpClient client;
  /** The last read timeout used: almost every request has the client's own. */
  private volatile Duration lastTimeout = Duration.ZERO;
  private final boolean owned;
  private final int maxBodyBytes;
  private final Map<String, String> fixedHeaders;
  private final RequestHeaders plain;

  /**
   * @param client the JDK client (its connect timeout and redirect policy apply)
   * @param maxBodyBytes the largest body read; a longer one fails with an {@link IOException}
   */
  public JdkHttpTransport(HttpClient client, int maxBodyBytes) {
    this(client, false, maxBodyBytes, Map.of());
  }

  /**
   * @param client the JDK client (its connect timeout and redirect policy apply)
   * @param owned whether {@link #close()} closes the client (it was built for this transport)
   * @param maxBodyBytes the largest body read; a longer one fails with an {@link IOException}
   * @param fixedHeaders headers set on every request as they are (credentials, {@code
   *     User-Agent}), replacing any of the same name: set here rather than through Feign's header
   *     templates, which would parse them again on every call
   */
  public JdkHttpTransport(HttpClient client, boolean owned, int maxBodyBytes, Map<String, String> fixedHeaders) {
    this.client = client;
    this.owned = owned;
    this.maxBodyBytes = maxBodyBytes;
    this.fixedHeaders = Map.copyOf(fixedHeaders);
    this.plain = requestHeaders(Map.of());
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return client == null;
  }

  /**
   * Lets go of the JDK client. One this transport owns is closed where the JDK can (21 and later:
   * its connections and selector thread end now); on Java 17 dropping the last reference lets the
   * JDK reclaim it (its selector thread ends and closes the connections once it is collected). A
   * client handed in by the caller is left open. Idempotent.
   */
  public void close() {
    HttpClient closing = client;
    client = null;
    if (owned && closing instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // Nothing to report: the client is being let go of either way.
      }
    }
  }

  /**
   * Sends a request whose URL the caller has already parsed (and checked).
   *
   * @param request the request
   * @param uri {@code request.url()} as a URI
   * @param options the timeouts (the read timeout applies to the whole response)
   * @return the response, its body read whole
   * @throws IOException if no complete response arrived
   * @throws IllegalStateException if the transport is closed (nothing is sent)
   */
  public Response execute(Request request, URI uri, Request.Options options) throws IOException {
    return execute(request, uri, options, plain);
  }

  /**
   * The headers of every request of one API interface, checked once: this transport's fixed
   * headers, {@code Accept-Encoding}, and the interface's literal headers.
   *
   * @param interfaceHeaders the interface's literal headers (see {@link InterfaceHeaders}), which a
   *     request's own header of the same name replaces
   * @return what {@link #execute(Request, URI, Request.Options, RequestHeaders)} starts each request from
   */
  public RequestHeaders requestHeaders(Map<String, String> interfaceHeaders) {
    if (interfaceHeaders.isEmpty() && plain != null) {
      return plain;
    }
    return new RequestHeaders(fixedHeaders, interfaceHeaders);
  }

  /**
   * Sends a request whose URL the caller has already parsed (and checked), starting from the
   * headers of its API interface.
   *
   * @param request the request
   * @param uri {@code request.url()} as a URI
   * @param options the timeouts (the read timeout applies to the whole response)
   * @param headers from {@link #requestHeaders(Map)}
   * @return the response, its body read whole
   * @throws IOException if no complete response arrived
   * @throws IllegalStateException if the transport is closed (nothing is sent)
   */
  public Response execute(Request request, URI uri, Request.Options options, RequestHeaders headers)
      throws IOException {
    HttpClient client = this.client;
    if (client == null) {
      throw new IllegalStateException("The client is closed; build a new one to send further requests");
    }
    // A copy of checked headers: the JDK checks each header it is given, on every request.
    HttpRequest.Builder builder = headers.prototype.copy().uri(uri);
    builder.timeout(timeout(options.readTimeoutMillis()));
    byte[] body = request.body();
    builder.method(request.httpMethod().name(), body == null || body.length == 0
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    Map<String, Collection<String>> own = request.headers();
    if (!own.isEmpty()) {
      headers.addOwn(builder, own);
    }
    long timeoutMillis = options.readTimeoutMillis();
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    BoundedBody[] subscriber = new BoundedBody[1];
    HttpResponse<byte[]> response;
    try {
      // send() on the calling thread: no hand-off to another pool on the way back. The JDK bounds
      // the wait for the headers (the request timeout); BoundedBody bounds the body by the same deadline.
      response = client.send(builder.build(),
          info -> (subscriber[0] = BoundedBody.create(maxBodyBytes, deadline, timeoutMillis)).subscriber());
    } catch (IOException e) {
      if (subscriber[0] != null && subscriber[0].exceeded()) {
        throw new BodyTooLargeException(subscriber[0].limit());
      }
      if (isServerAuthChallenge(e)) {
        // With an authenticator (for a proxy) the JDK takes the API's own 401 for a challenge to
        // answer and, having no answer, fails the exchange: hand the 401 on as what it was.
        return Response.builder().status(401).reason("").request(request).headers(Map.of())
            .body(new byte[0]).build();
      }
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting for the response");
      interrupted.initCause(e);
      throw interrupted;
    }
    return Response.builder()
        .status(response.statusCode())
        .reason("")
        .request(request)
        // The headers travel with the body: a Feign response copies its own on every build.
        .headers(Map.of())
        .body(new ReceivedBody(ResponseBodies.normalize(response.body(), response.headers(), maxBodyBytes),
            withoutPseudoHeaders(response.headers().map())))
        .build();
  }

  /**
   * The headers of a response this transport returned (they travel with its body; Feign's own
   * header map is left empty), names case-insensitive.
   *
   * @param response a response from {@link #execute}
   * @return its headers
   */
  public static Map<String, Collection<String>> headersOf(Response response) {
    return ReceivedBody.headersOf(response);
  }

  private Duration timeout(long millis) {
    Duration last = lastTimeout;
    if (last.toMillis() != millis) {
      last = Duration.ofMillis(millis);
      lastTimeout = last;
    }
    return last;
  }

  private static boolean isServerAuthChallenge(IOException e) {
    String message = e.getMessage();
    return message != null && e.getClass() == IOException.class
        && (message.equals("No credentials provided")
            || message.equals("WWW-Authenticate header missing for response code 401"));
  }

  /** The headers the JDK sets itself and refuses from callers. */
  private static boolean isRestricted(String name) {
    return switch (name.length()) {
      case 4 -> name.equalsIgnoreCase("host");
      case 6 -> name.equalsIgnoreCase("expect");
      case 7 -> name.equalsIgnoreCase("upgrade");
      case 10 -> name.equalsIgnoreCase("connection");
      case 14 -> name.equalsIgnoreCase("content-length");
      default -> false;
    };
  }

  /**
   * HTTP/2 pseudo-headers ({@code :status}) are not headers to the caller; HTTP/1.1 has none, so
   * the received (read-only) map is usually handed on as is, and Feign copies it.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Map<String, Collection<String>> withoutPseudoHeaders(Map<String, List<String>> received) {
    boolean any = false;
    for (String name : received.keySet()) {
      if (name.startsWith(":")) {
        any = true;
        break;
      }
    }
    if (!any) {
      return (Map) received;
    }
    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    received.forEach((name, values) -> {
      if (!name.startsWith(":")) {
        headers.put(name, values);
      }
    });
    return headers;
  }

  /**
   * The headers every request of one API interface starts from, checked once. The transport's
   * fixed headers (credentials, {@code User-Agent}, {@code Accept-Encoding}) are always sent as
   * they are; a request's own header replaces an interface header of the same name and is added
   * otherwise. Immutable: each request works on a copy.
   */
  public static final class RequestHeaders {
    private final HttpRequest.Builder prototype;
    private final Set<String> fixedNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final Set<String> interfaceNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, String> interfaceHeaders;

    private RequestHeaders(Map<String, String> fixed, Map<String, String> interfaceHeaders) {
      HttpRequest.Builder builder = HttpRequest.newBuilder();
      interfaceHeaders.forEach((name, value) -> {
        if (!fixed.containsKey(name) && !isRestricted(name)) {
          builder.header(name, value);
          interfaceNames.add(name);
        }
      });
      fixed.forEach(builder::setHeader);
      builder.setHeader("Accept-Encoding", "gzip");
      fixedNames.addAll(fixed.keySet());
      fixedNames.add("Accept-Encoding");
      this.prototype = builder;
      Map<String, String> sent = new java.util.LinkedHashMap<>(interfaceHeaders);
      sent.keySet().retainAll(interfaceNames);
      this.interfaceHeaders = java.util.Collections.unmodifiableMap(sent);
    }

    /** The interface headers set on each request (where the request does not set its own), by name. */
    public Map<String, String> interfaceHeaders() {
      return interfaceHeaders;
    }

    /** Adds a request's own headers, except the restricted and the fixed ones. */
    private void addOwn(HttpRequest.Builder builder, Map<String, Collection<String>> own) {
      for (Map.Entry<String, Collection<String>> header : own.entrySet()) {
        String name = header.getKey();
        if (isRestricted(name) || fixedNames.contains(name)) {
          continue;
        }
        boolean replace = interfaceNames.contains(name);
        for (String value : header.getValue()) {
          if (replace) {
            builder.setHeader(name, value);
            replace = false;
          } else {
            builder.header(name, value);
          }
        }
      }
    }
  }

  /** A response arrived whole but its body cannot be read (too large, corrupt); not worth retrying. */
  public static class UnreadableBodyException extends IOException {
    private static final long serialVersionUID = 1L;

    UnreadableBodyException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** A response body longer than the limit. */
  public static final class BodyTooLargeException extends UnreadableBodyException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(int limit) {
      super("the response body is larger than " + limit + " bytes; refused to read it", null);
    }
  }
}
