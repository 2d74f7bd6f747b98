package dev.apiclients.http.internal;

import dev.apiclients.http.ApiException;
import dev.apiclients.http.CredentialHeaders;
import dev.apiclients.http.ErrorResponse;
import dev.apiclients.http.NotFoundException;
import dev.apiclients.http.ResponseDecodingException;
import dev.apiclients.http.RequestHook;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.http.decoding.ReceivedResponse;
import dev.apiclients.http.decoding.ResponseBodyDecoder;
import dev.apiclients.http.decoding.ResponseDecoder;
import dev.apiclients.http.observation.CallInfo;
import feign.RequestInterceptor;
import feign.Response;
import feign.codec.Decoder;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The small adapters that plug the library's own types into Feign. */
public final class FeignAdapters {

  private static final int DECODE_SNIPPET_CHARS = 200;

  private FeignAdapters() {}

  /**
   * Adds the interface's literal headers (see {@link InterfaceHeaders}), then the default headers
   * (where the request does not set the header itself, such as {@code Accept}) and then whatever the request hook sets, as literals. Credential and reserved headers
   * were refused when the client was built (default headers) or are refused as the hook sets them.
   */
  public static RequestInterceptor headers(
      Map<String, String> interfaceHeaders, Map<String, String> defaults, RequestHook hook,
      CredentialHeaders credentials) {
    return template -> {
      interfaceHeaders.forEach((name, value) -> {
        if (!template.headers().containsKey(name)) {
          template.headerLiteral(name, value);
        }
      });
      defaults.forEach((name, value) -> {
        if (!template.headers().containsKey(name)) {
          template.headerLiteral(name, value);
        }
      });
      if (hook != null) {
        CallContext call = CallContext.current();
        CallInfo info = call != null ? call.info()
            : new CallInfo("api", "api.call", template.method(), "/");
        hook.beforeRequest(info, (name, value) -> {
          HeaderRules.requireSettable(name, credentials, "requestHook");
          template.removeHeader(name);
          if (value != null) {
            HeaderRules.requireValue(name, value, "requestHook");
            template.headerLiteral(name, value);
          }
        });
      }
    };
  }

  /** Answers only a proxy's challenges, so that no password goes to the API's server. */
  public static final class ProxyOnlyAuthenticator extends Authenticator {
    private final Authenticator delegate;

    /** @param delegate the user's authenticator */
    public ProxyOnlyAuthenticator(Authenticator delegate) {
      this.delegate = delegate;
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
      if (getRequestorType() != RequestorType.PROXY) {
        return null;
      }
      return delegate.requestPasswordAuthenticationInstance(getRequestingHost(), getRequestingSite(),
          getRequestingPort(), getRequestingProtocol(), getRequestingPrompt(), getRequestingScheme(),
          getRequestingURL(), getRequestorType());
    }
  }

  /** Maps every non-2xx response through the one {@link ErrorMapper}. */
  public static ErrorDecoder errors(ErrorMapper mapper) {
    return (methodKey, response) -> mapper.map(
        response.status(), response.request().httpMethod().name(), response.request().url(),
        ReceivedBody.headersOf(response), bodyOf(response));
  }

  /** Decodes 2xx bodies with the client's decoder; any failure becomes a {@link ResponseDecodingException}. */
  public static Decoder decoder(ResponseDecoder decoder, Redactor redactor, String requestIdHeader) {
    return (response, type) -> decode(decoder, redactor, requestIdHeader, response, type);
  }

  private static Object decode(
      ResponseDecoder decoder, Redactor redactor, String requestIdHeader, Response response, Type type) {
    byte[] body = bodyOf(response);
    String method = response.request().httpMethod().name();
    boolean read = RetryPolicy.isIdempotentRead(method);
    try {
      // A body-only decoder ignores status and headers: do not copy them for it on every call.
      return decoder instanceof ResponseBodyDecoder bodyOnly ? bodyOnly.decode(body, type)
          : decoder.decode(new ReceivedResponse(response.status(), headersOf(response), body), type);
    } catch (ApiException e) {
      throw e;
    } catch (ResponseBodyDecoder.AbsentResource absent) {
      if (read) {
        String url = redactor.url(method, response.request().url());
        Map<String, List<String>> headers = redactor.headers(ReceivedBody.headersOf(response), List.of());
        String requestId = ErrorMapper.requestId(requestIdHeader, headers);
        throw new NotFoundException("HTTP " + response.status() + " from " + method + " " + url + ": the body held "
            + absent.getMessage() + ", which this API sends for a resource that does not exist; treated as 404 Not Found"
            + ErrorMapper.requestIdSuffix(requestId),
            new ErrorResponse(response.status(), method, url, headers, "", List.of(), requestId));
      }
      throw unreadable(redactor, requestIdHeader, response, body, type, "it held " + absent.getMessage());
    } catch (Exception | StackOverflowError e) {
      throw unreadable(redactor, requestIdHeader, response, body, type, firstLine(e));
    }
  }

  /**
   * A 2xx body that could not be decoded. For a write the message says that the outcome is not
   * proven either way and that the record should be looked up before the write is sent again.
   */
  private static ResponseDecodingException unreadable(
      Redactor redactor, String requestIdHeader, Response response, byte[] body, Type type, String problem) {
    String method = response.request().httpMethod().name();
    String rawUrl = response.request().url();
    String url = redactor.url(method, rawUrl);
    List<String> secrets = redactor.secretValuesIn(rawUrl);
    String text = redactor.text(new String(body, StandardCharsets.UTF_8), secrets);
    String snippet = text.length() > DECODE_SNIPPET_CHARS ? text.substring(0, DECODE_SNIPPET_CHARS) + "..." : text;
    StringBuilder message = new StringBuilder()
        .append("HTTP ").append(response.status()).append(" from ").append(method).append(' ').append(url)
        .append(" had a body that could not be read as ").append(simpleName(type)).append(": ")
        .append(redactor.text(problem, secrets)).append(text.isBlank() ? " (empty body)" : "; body: " + snippet);
    Map<String, List<String>> headers = redactor.headers(ReceivedBody.headersOf(response), secrets);
    String requestId = ErrorMapper.requestId(requestIdHeader, headers);
    if (!RetryPolicy.isIdempotentRead(method)) {
      message.append(". The server answered ").append(response.status()).append(" to the ").append(method)
          .append(", which was not re-sent, but without the expected record: it may or may not have acted (an error"
              + " sent with a success status, or a proxy's login page, looks the same). Look the record up before"
              + " sending it again.");
    }
    message.append(ErrorMapper.requestIdSuffix(requestId));
    // A server may describe an error in a successful body ({"errors": [...]} sent with 200): keep what it says.
    return new ResponseDecodingException(message.toString(),
        new ErrorResponse(response.status(), method, url, headers, text, ErrorBodies.parse(text), requestId));
  }

  /** The response headers as a map of lists, names matched case-insensitively. */
  static Map<String, List<String>> headersOf(Response response) {
    Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    ReceivedBody.headersOf(response).forEach((name, values) -> headers.put(name, List.copyOf(values)));
    return headers;
  }

  /** Reads a (buffered) body once; an absent body is empty. */
  static byte[] bodyOf(Response response) {
    if (response.body() == null) {
      return new byte[0];
    }
    if (response.body() instanceof ReceivedBody whole) {
      return whole.bytes();
    }
    try (InputStream in = response.body().asInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }

  /** {@code ItemDocument<Account>} for {@code dev.apiclients...ItemDocument<dev.apiclients...Account>}. */
  private static String simpleName(Type type) {
    return type.getTypeName().replaceAll("[\\w$]+\\.", "");
  }

  private static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    message = newline < 0 ? message : message.substring(0, newline);
    return message.length() > 300 ? message.substring(0, 300) + "..." : message;
  }
}
