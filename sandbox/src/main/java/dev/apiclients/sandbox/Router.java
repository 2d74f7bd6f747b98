package dev.apiclients.sandbox;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ContentTypeHeader;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The WireMock side of the sandbox: one catch-all stub whose response this transformer computes,
 * sending each request to the API it belongs to and turning the answer (or a reset, or a delay)
 * into a WireMock response.
 */
final class Router implements ResponseDefinitionTransformerV2 {

  static final String NAME = "apiclients-sandbox";
  static final String LIBIB_PREFIX = "/libib";
  static final String AP_PREFIX = "/activeplatform";
  static final String LOOPBACK = "127.0.0.1";

  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?");

  private final LibibSandbox libib;
  private final ActivePlatformSandbox activePlatform;
  private volatile int port;

  Router(LibibSandbox libib, ActivePlatformSandbox activePlatform) {
    this.libib = libib;
    this.activePlatform = activePlatform;
  }

  /** The port the server got, for links when a request has no usable {@code Host} header. */
  void port(int port) {
    this.port = port;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request request = event.getRequest();
    String url = request.getUrl();
    SandboxResponse response;
    Duration delay = Duration.ZERO;
    try {
      if (under(url, LIBIB_PREFIX)) {
        response = libib.serve(parse(request, LIBIB_PREFIX), null);
        delay = libib.answerDelay();
      } else if (under(url, AP_PREFIX)) {
        String host = request.getHeader("Host");
        String authority = host != null && HOST.matcher(host).matches() ? host : LOOPBACK + ":" + port;
        response = activePlatform.serve(parse(request, AP_PREFIX), "http://" + authority + AP_PREFIX);
        delay = activePlatform.answerDelay();
      } else {
        response = SandboxResponse.json(404, Map.of("error", "Not found: the sandbox serves Libib under "
            + LIBIB_PREFIX + " and ActivePlatform under " + AP_PREFIX));
      }
    } catch (IllegalArgumentException e) {
      response = unreadable(url, "Malformed request URL: " + e.getMessage());
    }
    ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition();
    if (response.isReset()) {
      builder.withFault(Fault.CONNECTION_RESET_BY_PEER);
    } else {
      builder.withStatus(response.status());
      response.headers().forEach(builder::withHeader);
      if (response.body().length > 0) {
        builder.withBody(response.body());
      }
    }
    if (!delay.isZero()) {
      builder.withFixedDelay((int) Math.min(Integer.MAX_VALUE, delay.toMillis()));
    }
    return builder.build();
  }

  /** A 400 for a request that cannot be read, in the error format of the API the path belongs to. */
  static SandboxResponse unreadable(String url, String detail) {
    if (under(url, LIBIB_PREFIX)) {
      return LibibSandbox.error(400, detail);
    }
    if (under(url, AP_PREFIX)) {
      return JsonApiDocuments.error(400, "malformed_request", "Malformed request", detail, null);
    }
    return SandboxResponse.json(400, Map.of("error", detail));
  }

  private static boolean under(String url, String prefix) {
    return url.equals(prefix) || url.startsWith(prefix + "/") || url.startsWith(prefix + "?");
  }

  private static SandboxRequest parse(Request request, String prefix) {
    ContentTypeHeader contentType = request.contentTypeHeader();
    String form = contentType != null && contentType.isPresent()
        && "application/x-www-form-urlencoded".equalsIgnoreCase(contentType.mimeTypePart())
        ? request.getBodyAsString() : null;
    Function<String, String> headers = name -> {
      HttpHeader header = request.header(name);
      return header == null || !header.isPresent() ? null : String.join(",", header.values());
    };
    return SandboxRequest.parse(request.getMethod().getName(), request.getUrl(), prefix, form, headers)
        .withBody(request.getBodyAsString());
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public String getName() {
    return NAME;
  }
}
