package com.example.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.apiclients.libib.LibibClient;
import dev.apiclients.libib.Patron;
import dev.apiclients.libib.PatronFields;
import dev.apiclients.sandbox.LibibSandboxExtension;
import dev.apiclients.sandbox.RecordedRequest;
import dev.apiclients.sandbox.Sandbox;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A user's test, written as a user would: outside the SDK's packages, with only the public API of
 * {@code sandbox} and {@code libib-client}. It seeds a library, runs a small sync against the
 * injected client and asserts on what the sync wrote.
 */
@ExtendWith(LibibSandboxExtension.class)
class PatronSyncTest {

  /** A member of the user's own system, to be mirrored as a Libib patron (matched by email). */
  record Member(String firstName, String lastName, String email, String phone) {}

  /** The code under test: creates missing patrons, updates changed phones, leaves the rest alone. */
  static final class PatronSync {
    private final LibibClient libib;

    PatronSync(LibibClient libib) {
      this.libib = libib;
    }

    void run(List<Member> members) {
      Map<String, Patron> existing = libib.patrons().streamPatrons()
          .filter(p -> p.email() != null)
          .collect(Collectors.toMap(Patron::email, Function.identity()));
      for (Member member : members) {
        Patron patron = existing.get(member.email());
        if (patron == null) {
          libib.patrons().createPatron(PatronFields.builder().firstName(member.firstName())
              .lastName(member.lastName()).email(member.email()).phone(member.phone()).build());
        } else if (!member.phone().equals(patron.phone())) {
          libib.patrons().updatePatron(patron.barcode(), PatronFields.builder().phone(member.phone()).build());
        }
      }
    }
  }

  private String lindaBarcode;

  @BeforeEach
  void seedThreePatrons(Sandbox sandbox) {
    sandbox.libib().clearPatrons();
    List<Patron> seeded = sandbox.libib().addPatrons(
        PatronFields.builder().firstName("Mary").lastName("Shelley").email("mary@example.com").phone("555-0001").build(),
        PatronFields.builder().firstName("Linda").lastName("Ho").email("linda@example.com").phone("555-0002").build(),
        PatronFields.builder().firstName("Omar").lastName("Nasr").email("omar@example.com").phone("555-0003").build());
    lindaBarcode = seeded.get(1).barcode();
  }

  @Test
  void theSyncCreatesTheThreeNewMembersAndUpdatesTheOneWhosePhoneChanged(LibibClient libib, Sandbox sandbox) {
    new PatronSync(libib).run(List.of(
        new Member("Mary", "Shelley", "mary@example.com", "555-0001"),
        new Member("Linda", "Ho", "linda@example.com", "555-9999"),
        new Member("Omar", "Nasr", "omar@example.com", "555-0003"),
        new Member("Ada", "Lovelace", "ada@example.com", "555-1001"),
        new Member("Grace", "Hopper", "grace@example.com", "555-1002"),
        new Member("Alan", "Turing", "alan@example.com", "555-1003")));

    List<RecordedRequest> writes = sandbox.libib().writes();
    assertThat(writes).allMatch(RecordedRequest::succeeded);
    assertThat(writes).filteredOn(w -> w.path().equals("/patrons"))
        .extracting(w -> w.query().get("email"))
        .containsExactly("ada@example.com", "grace@example.com", "alan@example.com");
    assertThat(writes).filteredOn(w -> !w.path().equals("/patrons"))
        .extracting(RecordedRequest::method, RecordedRequest::path, RecordedRequest::query)
        .containsExactly(tuple("POST", "/patrons/" + lindaBarcode, Map.of("phone", "555-9999")));
    assertThat(sandbox.libib().patrons()).hasSize(6);
  }

  @Test
  void runningTheSyncTwiceWritesNothingTheSecondTime(LibibClient libib, Sandbox sandbox) {
    List<Member> members = List.of(new Member("Ada", "Lovelace", "ada@example.com", "555-1001"));
    new PatronSync(libib).run(members);
    int afterFirstRun = sandbox.libib().writes().size();

    new PatronSync(libib).run(members);

    assertThat(afterFirstRun).isEqualTo(1);
    assertThat(sandbox.libib().writes()).hasSize(1);
  }
}
