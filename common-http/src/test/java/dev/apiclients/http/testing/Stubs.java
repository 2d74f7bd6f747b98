package dev.apiclients.http.testing;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit.DslWrapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** WireMock helpers shared by the client modules' tests. */
public final class Stubs {

  private Stubs() {}

  /** A WireMock server on a free port that fails the test on any request no stub matches. */
  public static WireMockExtension newServer() {
    return WireMockExtension.newInstance()
        .options(WireMockConfiguration.wireMockConfig().dynamicPort())
        .failOnUnmatchedRequests(true)
        .build();
  }

  /**
   * Answers successive matching requests with the given responses in order; the last one repeats.
   *
   * @param server the WireMock server or extension
   * @param request makes a fresh request matcher (WireMock builders cannot be reused)
   * @param responses the responses, in order
   */
  public static void sequence(
      DslWrapper server, Supplier<MappingBuilder> request, List<ResponseDefinitionBuilder> responses) {
    String scenario = "sequence-" + UUID.randomUUID();
    String state = Scenario.STARTED;
    for (int i = 0; i < responses.size(); i++) {
      String next = i == responses.size() - 1 ? state : "step-" + (i + 1);
      server.stubFor(request.get().inScenario(scenario).whenScenarioStateIs(state)
          .willReturn(responses.get(i)).willSetStateTo(next));
      state = next;
    }
  }
}
