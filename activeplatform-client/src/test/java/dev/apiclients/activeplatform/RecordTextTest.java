package dev.apiclients.activeplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Records print short and readable: only the fields that have a value, a page without its items. */
class RecordTextTest {

  private static final Manager SPARSE = new Manager("403", 1L, "Test Manager", null, "m@example.net", null, null,
      null, null, null, null, Map.of(), null, null);

  @Test
  void aRecordShowsOnlyItsFieldsWithAValue() {
    assertThat(SPARSE.toString())
        .isEqualTo("Manager[id=403, resellerId=1, name=Test Manager, email=m@example.net]");
  }

  @Test
  void aPageShowsItsSizeAndNextLinkNotEveryManager() {
    ManagerPage page = new ManagerPage(List.of(SPARSE, SPARSE), new PageLinks(Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of(URI.create("https://cp.example.com/p?page[number]=2")), Optional.empty()));

    assertThat(page.toString()).isEqualTo("ManagerPage[2 managers, next=https://cp.example.com/p?page[number]=2]");
  }
}
