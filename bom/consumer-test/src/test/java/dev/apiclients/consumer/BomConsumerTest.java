package dev.apiclients.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.libib.LibibClient;
import dev.apiclients.libib.Patron;
import dev.apiclients.sandbox.LibibSandboxExtension;
import dev.apiclients.sandbox.Sandbox;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a user's project does with the BOM: compiles against libib-client and tests against the
 * sandbox, neither named with a version. The second test builds its own client the way the README's
 * "Using the sandbox from your own code" says.
 */
@ExtendWith(LibibSandboxExtension.class)
class BomConsumerTest {

  @Test
  void theInjectedClientReadsTheSandbox(LibibClient libib) {
    assertEquals("Mary", libib.patrons().getPatronById("frankenstein@example.com").firstName());
  }

  @Test
  void aClientOfYourOwnPointsAtTheSandboxUrlWithPacingOff(Sandbox sandbox) {
    try (LibibClient libib = LibibClient.builder()
        .baseUrl(sandbox.libibBaseUrl())
        .apiKey(Sandbox.LIBIB_API_KEY)
        .apiUser(Sandbox.LIBIB_API_USER)
        .requestInterval(Duration.ZERO)
        .build()) {
      libib.verifyCredentials();
      List<Patron> patrons = libib.patrons().getPatrons();
      assertTrue(patrons.size() > 100, "the sample library has more than two pages of patrons");
    }
  }
}
