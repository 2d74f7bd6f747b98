package dev.apiclients.sandbox;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.extension.requestfilter.AdminRequestFilterV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * How the sandbox's WireMock server differs from a stock one, so that it only ever answers as the
 * two APIs would:
 *
 * <ul>
 *   <li>A request WireMock itself cannot read (a malformed {@code %} escape in the query or in a
 *       form body makes WireMock throw before any extension runs, and Jetty would answer a 500 HTML
 *       page) gets a 400 in the API's own JSON error format.
 *   <li>WireMock's admin API ({@code /__admin/...}) is closed: its {@code POST /__admin/reset}
 *       would remove the sandbox's one stub and leave every call answering 404. It answers 404
 *       with a JSON error that names {@link Sandbox#reset()} instead.
 * </ul>
 */
final class SandboxServer {

  private SandboxServer() {}

  /** Builds the Jetty server with the guard in front of the API servlet. */
  static final class Factory implements HttpServerFactory {
    @Override
    public String getName() {
      return "apiclients-sandbox-server";
    }

    @Override
    public HttpServer buildHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
      return new Jetty11HttpServer(options, admin, stubs) {
        @Override
        protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
          context.addFilter(new FilterHolder(new UnreadableRequests()), "/*", EnumSet.of(DispatcherType.REQUEST));
        }
      };
    }
  }

  /** Turns a request WireMock cannot parse into the API's 400 instead of a 500 HTML page. */
  static final class UnreadableRequests implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      try {
        chain.doFilter(request, response);
      } catch (IllegalArgumentException e) {
        if (response.isCommitted() || !(request instanceof HttpServletRequest http)) {
          throw e;
        }
        SandboxResponse answer = Router.unreadable(http.getRequestURI(),
            "Malformed request: the query or form body is not valid percent-encoding (a % must be followed by two"
                + " hexadecimal digits)");
        HttpServletResponse out = (HttpServletResponse) response;
        out.reset();
        out.setStatus(answer.status());
        answer.headers().forEach(out::setHeader);
        out.setContentLength(answer.body().length);
        out.getOutputStream().write(answer.body());
      }
    }
  }

  /** Answers every admin request with 404: the sandbox is reset through {@link Sandbox#reset()}. */
  static final class ClosedAdminApi implements AdminRequestFilterV2 {
    @Override
    public String getName() {
      return "apiclients-sandbox-closed-admin";
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
      SandboxResponse answer = SandboxResponse.json(404, Map.of("error", "The sandbox has no WireMock admin API: it"
          + " fakes Libib (under " + Router.LIBIB_PREFIX + ") and ActivePlatform (under " + Router.AP_PREFIX + ")."
          + " Reset it with Sandbox.reset(); the JUnit extensions do so before each test."));
      ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition().withStatus(answer.status())
          .withBody(answer.body());
      answer.headers().forEach(builder::withHeader);
      return RequestFilterAction.stopWith(builder.build());
    }
  }
}
