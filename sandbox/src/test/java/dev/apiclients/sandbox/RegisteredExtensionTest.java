package dev.apiclients.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension registered in a static field hands out its sandbox and client directly. */
class RegisteredExtensionTest {

  @RegisterExtension
  static final LibibSandboxExtension LIBIB = new LibibSandboxExtension();

  @Test
  void theFieldGivesTheSandboxAndAClientOfIt() {
    assertThat(LIBIB.client().patrons().getPatrons()).hasSize(137);
    assertThat(LIBIB.client()).isSameAs(LIBIB.client());
    assertThat(LIBIB.sandbox().libib().requests()).hasSize(3);
  }

  @Test
  void anUnregisteredExtensionHasNoSandbox() {
    assertThatThrownBy(() -> new LibibSandboxExtension().sandbox()).isInstanceOf(IllegalStateException.class);
  }
}
