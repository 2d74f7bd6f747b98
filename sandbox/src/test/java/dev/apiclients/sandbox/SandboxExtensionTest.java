package dev.apiclients.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.apiclients.activeplatform.ActivePlatformClient;
import dev.apiclients.activeplatform.Manager;
import dev.apiclients.http.ServerException;
import dev.apiclients.libib.LibibClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** Both extensions on one class: one sandbox, both clients injected, state reset between tests. */
@ExtendWith({LibibSandboxExtension.class, ActivePlatformSandboxExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxExtensionTest {

  private static Sandbox first;

  @Test
  @Order(1)
  void bothExtensionsShareOneSandboxAndInjectReadyClients(LibibClient libib, ActivePlatformClient ap,
      Sandbox sandbox) {
    first = sandbox;
    assertThat(libib.accounts().getAccounts()).hasSize(1);
    sandbox.activePlatform().clearManagers();
    String id = sandbox.activePlatform().addManager("Ada Lovelace", "ada@example.com", "sales");

    assertThat(ap.managers().getManagers(Sandbox.ACTIVEPLATFORM_RESELLER_ID))
        .extracting(Manager::id, Manager::email).containsExactly(tuple(id, "ada@example.com"));
    assertThat(sandbox.libib().requests()).extracting(RecordedRequest::path).containsExactly("/accounts");
    assertThat(sandbox.activePlatform().requests()).extracting(RecordedRequest::path)
        .containsExactly("/api/v3/resellers/1/managers");
  }

  @Test
  @Order(2)
  void theNextTestGetsTheSameSandboxResetToItsSampleData(Sandbox sandbox) {
    assertThat(sandbox).isSameAs(first);
    assertThat(sandbox.activePlatform().managerCount()).isEqualTo(120);
    assertThat(sandbox.libib().requests()).isEmpty();
    assertThat(sandbox.activePlatform().requests()).isEmpty();
  }

  @Test
  @Order(3)
  void faultSwitchesWorkOnActivePlatformToo(ActivePlatformClient ap, Sandbox sandbox) {
    sandbox.activePlatform().failNthRequest(1, 502);

    assertThatThrownBy(() -> ap.managers().getManagers(Sandbox.ACTIVEPLATFORM_RESELLER_ID))
        .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.status()).isEqualTo(502));
    assertThat(ap.managers().getManagers(Sandbox.ACTIVEPLATFORM_RESELLER_ID)).hasSize(120);
  }
}
