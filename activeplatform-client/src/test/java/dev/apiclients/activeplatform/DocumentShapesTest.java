package dev.apiclients.activeplatform;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.apiclients.activeplatform.ManagersTest.fixture;
import static dev.apiclients.activeplatform.ManagersTest.jsonApi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.ApiError;
import dev.apiclients.http.NotFoundException;
import dev.apiclients.http.ResponseDecodingException;
import dev.apiclients.http.RetryPolicy;
import dev.apiclients.http.testing.Stubs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Document shapes a server or a proxy may send with 200 that are not what they seem: an error
 * document, a document followed by more content, a resource repeated in {@code included[]}, and
 * {@code "data": null} for one resource.
 */
class DocumentShapesTest {

  private static final String ROOT = "/api/v3/resellers/1/";

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  private final ActivePlatformClient ap = ActivePlatformClient.builder().baseUrl(server.baseUrl())
      .apiToken(ResourceEndpointsTest.TOKEN).retryPolicy(RetryPolicy.none()).build();

  private void serve(String path, String body) {
    server.stubFor(get(urlPathEqualTo(ROOT + path)).willReturn(jsonApi(body)));
  }

  @Test
  void anErrorDocumentSentWith200IsADecodingFailureThatCarriesItsErrors() {
    serve("managers", "{\"errors\":[{\"status\":\"403\",\"code\":\"forbidden\",\"title\":\"Forbidden\","
        + "\"detail\":\"Reseller 1 is not yours\",\"source\":{\"parameter\":\"reseller_id\"}}]}");

    Throwable thrown = catchThrowable(() -> ap.managers().getManagersPage(1, 2, 1));

    assertThat(thrown).isInstanceOf(ResponseDecodingException.class).hasMessageContaining("holds errors");
    assertThat(((ResponseDecodingException) thrown).errors())
        .containsExactly(new ApiError("403", "forbidden", "Forbidden", "Reseller 1 is not yours", "reseller_id"));
  }

  @Test
  void contentAfterTheDocumentIsRefused() {
    String page = ManagersTest.page(List.of(1, 2), null);
    serve("managers", page + "{\"errors\":[{\"title\":\"Internal error\"}]}");
    serve("managers/1", "{\"data\":" + fixture("manager-template.json").replace("{{id}}", "1") + "}"
        + "\n<br />\n<b>Warning</b>: Undefined index in <b>/srv/api.php</b>");

    assertThat(catchThrowable(() -> ap.managers().getManagersPage(1, 2, 1)))
        .isInstanceOf(ResponseDecodingException.class);
    assertThat(catchThrowable(() -> ap.managers().getManager(1, "1"))).isInstanceOf(ResponseDecodingException.class);
  }

  @Test
  void aResourceRepeatedInIncludedIsRelatedOnce() {
    String account = "{\"id\":\"523\",\"type\":\"accounts\",\"attributes\":{\"name\":\"Acme\"}}";
    String seven = "{\"id\":\"7\",\"type\":\"subscriptions\",\"attributes\":{\"account_id\":523,\"status\":\"active\"}}";
    serve("accounts", "{\"data\":[" + account + "],\"included\":[" + seven + "," + seven + "],\"links\":{}}");
    serve("orders/1", "{\"data\":{\"id\":\"1\",\"type\":\"orders\",\"relationships\":{\"charges\":{\"data\":["
        + "{\"type\":\"charges\",\"id\":\"5\"},{\"type\":\"charges\",\"id\":\"5\"}]}}},\"included\":["
        + "{\"id\":\"5\",\"type\":\"charges\",\"attributes\":{\"amount\":\"10.00\"}},"
        + "{\"id\":\"5\",\"type\":\"charges\",\"attributes\":{\"amount\":\"10.00\"}}]}");

    assertThat(ap.accounts().getAccounts(1).get(0).subscriptions()).extracting(Subscription::id).containsExactly("7");
    assertThat(ap.orders().getOrder(1, "1", "charges").charges()).extracting(IncludedResource::id).containsExactly("5");
  }

  @Test
  void nullDataForOneResourceMeansItDoesNotExist() {
    serve("accounts/523", "{\"data\": null}");

    Throwable thrown = catchThrowable(() -> ap.accounts().getAccount(1, "523"));

    assertThat(thrown).isInstanceOf(NotFoundException.class).hasMessageContaining("does not exist");
    assertThat(((NotFoundException) thrown).status()).isEqualTo(200);
  }
}
