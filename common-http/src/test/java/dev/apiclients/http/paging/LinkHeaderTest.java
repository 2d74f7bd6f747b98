package dev.apiclients.http.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 8288 Link header values, as servers really send them. */
class LinkHeaderTest {

  @Test
  void findsTheNextTargetAmongSeveralLinks() {
    assertThat(LinkHeader.next(List.of(
        "<https://api.example.com/r?page=1>; rel=\"prev\", <https://api.example.com/r?page=3>; rel=\"next\"")))
        .contains("https://api.example.com/r?page=3");
    assertThat(LinkHeader.next(List.of("</r?page=2>; title=\"a, b; c\"; rel=\"last next\"")))
        .contains("/r?page=2");
    assertThat(LinkHeader.next(List.of("<https://x/1>; rel=first", "<https://x/2>; REL=NEXT"))).contains("https://x/2");
  }

  @Test
  void noNextLinkEndsTheListing() {
    assertThat(LinkHeader.next(List.of())).isEmpty();
    assertThat(LinkHeader.next(List.of("<https://x/1>; rel=\"prev\""))).isEmpty();
    assertThat(LinkHeader.next(List.of("<>; rel=\"next\""))).isEmpty();
    assertThat(LinkHeader.next(List.of("garbage; rel=next", "<unclosed; rel=next"))).isEmpty();
    assertThat(LinkHeader.next(List.of("<https://x/nextpage>; rel=\"nextish\""))).isEmpty();
  }
}
