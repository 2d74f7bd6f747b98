package dev.apiclients.http;

import dev.apiclients.http.paging.NextPageStrategy;
import dev.apiclients.http.paging.Page;
import dev.apiclients.http.paging.PageProgress;
import dev.apiclients.http.paging.Paginator;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apiclients.http.testing.FakeTime;
import dev.apiclients.http.testing.Stubs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PaginatorTest {

  @RegisterExtension
  static WireMockExtension server = Stubs.newServer();

  @RegisterExtension
  static WireMockExtension otherOrigin = Stubs.newServer();

  private final FakeTime time = new FakeTime();
  private final FeignClientFactory factory = new FeignClientFactory(TestApi.config(server.baseUrl(), time).build());
  private final TestApi api = factory.create(TestApi.class, TestApi.DECODER);

  /** Page N by ?page=N. */
  private Page<TestApi.Thing> numberedPage(int number) {
    TestApi.ThingPage page = api.page(number);
    return new Page<>(page.things(), java.util.OptionalInt.of(number), java.util.OptionalInt.of(page.pages()),
        java.util.OptionalLong.of(page.total()), java.util.Optional.ofNullable(page.next()), java.util.Map.of());
  }

  /** The page a followed link points at. */
  private Page<TestApi.Thing> linkedPage(java.net.URI link) {
    TestApi.ThingPage page = api.follow(link);
    return Page.linked(page.things(), page.next());
  }

  private static String pageBody(int pages, int total, List<Integer> ids, String next) {
    String things = ids.stream().map(id -> "{\"id\":\"" + id + "\",\"name\":\"thing " + id + "\"}")
        .collect(Collectors.joining(","));
    try {
      return "{\"pages\":" + pages + ",\"total\":" + total + ",\"things\":[" + things + "],\"next\":"
          + TestApi.JSON.writeValueAsString(next) + "}";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Integer> range(int fromInclusive, int toInclusive) {
    return IntStream.rangeClosed(fromInclusive, toInclusive).boxed().toList();
  }

  private void stubNumberedPages() {
    server.stubFor(get(urlPathEqualTo("/things")).withQueryParam("page", equalTo("1")).willReturn(okJson(pageBody(3, 7, range(1, 3), null))));
    server.stubFor(get(urlPathEqualTo("/things")).withQueryParam("page", equalTo("2")).willReturn(okJson(pageBody(3, 7, range(4, 6), null))));
    server.stubFor(get(urlPathEqualTo("/things")).withQueryParam("page", equalTo("3")).willReturn(okJson(pageBody(3, 7, List.of(7), null))));
  }

  private Paginator.Builder<TestApi.Thing, Integer> numbered() {
    return Paginator.builder(() -> numberedPage(1), this::numberedPage, NextPageStrategy.<TestApi.Thing>pageNumbers())
        .firstKey(1);
  }

  private Paginator.Builder<TestApi.Thing, java.net.URI> linked(String firstLink) {
    java.net.URI first = factory.originPolicy().resolve(firstLink);
    return Paginator.builder(() -> linkedPage(first), this::linkedPage,
        NextPageStrategy.<TestApi.Thing>followLinks(factory.originPolicy())).firstKey(first);
  }

  private static List<String> ids(List<TestApi.Thing> things) {
    return things.stream().map(TestApi.Thing::id).toList();
  }

  @Test
  void threeNumberedPagesAreFetchedLazilyWithThreeRequests() {
    stubNumberedPages();
    Paginator<TestApi.Thing> paginator = numbered().build();
    var stream = paginator.stream();

    server.verify(0, getRequestedFor(urlPathEqualTo("/things")));
    assertThat(ids(stream.toList())).containsExactly("1", "2", "3", "4", "5", "6", "7");
    server.verify(3, getRequestedFor(urlPathEqualTo("/things")));
  }

  @Test
  void stoppingEarlySendsNoFurtherRequest() {
    stubNumberedPages();

    List<TestApi.Thing> firstFour = numbered().build().stream().limit(4).toList();

    assertThat(ids(firstFour)).containsExactly("1", "2", "3", "4");
    server.verify(2, getRequestedFor(urlPathEqualTo("/things")));
  }

  @Test
  void anEmptyPageEndsTheListingEvenWithoutAPageCount() {
    server.stubFor(get(urlPathEqualTo("/things")).withQueryParam("page", equalTo("1")).willReturn(okJson(pageBody(99, 99, range(1, 2), null))));
    server.stubFor(get(urlPathEqualTo("/things")).withQueryParam("page", equalTo("2")).willReturn(okJson(pageBody(99, 99, List.of(), null))));

    assertThat(ids(numbered().build().toList())).containsExactly("1", "2");
    server.verify(2, getRequestedFor(urlPathEqualTo("/things")));
  }

  @Test
  void maxPagesAndProgressAreHonoured() {
    stubNumberedPages();
    List<PageProgress> progress = new ArrayList<>();

    List<TestApi.Thing> things = new ArrayList<>();
    Iterator<TestApi.Thing> walk = numbered().maxPages(2).progressListener(progress::add).build().iterator();

    Throwable stopped = catchThrowable(() -> walk.forEachRemaining(things::add));

    assertThat(stopped).isInstanceOf(PaginationException.class)
        .hasMessageContaining("Stopped after 2 pages (maxPages)").hasMessageContaining("maxPages(int)");
    assertThat(ids(things)).containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(progress).containsExactly(
        new PageProgress(1, 3, java.util.OptionalLong.of(7)), new PageProgress(2, 6, java.util.OptionalLong.of(7)));
    server.verify(2, getRequestedFor(urlPathEqualTo("/things")));
  }

  @Test
  void pagesAreStreamedAsPages() {
    stubNumberedPages();

    assertThat(numbered().build().pages().map(page -> page.items().size()).toList()).containsExactly(3, 3, 1);
  }

  @Test
  void absoluteAndRelativeNextLinksAreFollowedUntilNull() {
    server.stubFor(get(urlPathEqualTo("/linked/1")).willReturn(okJson(pageBody(0, 0, range(1, 2), server.baseUrl() + "/linked/2"))));
    server.stubFor(get(urlPathEqualTo("/linked/2")).willReturn(okJson(pageBody(0, 0, range(3, 4), "/linked/3"))));
    server.stubFor(get(urlPathEqualTo("/linked/3")).willReturn(okJson(pageBody(0, 0, range(5, 5), null))));

    Paginator<TestApi.Thing> paginator = linked("/linked/1").build();

    server.verify(0, getRequestedFor(urlPathEqualTo("/linked/1")));
    assertThat(ids(paginator.toList())).containsExactly("1", "2", "3", "4", "5");
    server.verify(1, getRequestedFor(urlPathEqualTo("/linked/3")));
  }

  @Test
  void aRepeatingNextLinkFailsFastAfterDeliveringWhatItRead() {
    server.stubFor(get(urlPathEqualTo("/linked/1")).willReturn(okJson(pageBody(0, 0, range(1, 2), "/linked/2"))));
    server.stubFor(get(urlPathEqualTo("/linked/2")).willReturn(okJson(pageBody(0, 0, range(3, 4), "/linked/1"))));
    List<String> seen = new ArrayList<>();

    assertThatThrownBy(() -> linked("/linked/1").build().forEach(thing -> seen.add(thing.id())))
        .isInstanceOf(PaginationException.class)
        .hasMessageContaining("/linked/1").hasMessageContaining("already fetched");
    assertThat(seen).containsExactly("1", "2", "3", "4");
    server.verify(1, getRequestedFor(urlPathEqualTo("/linked/1")));
    server.verify(1, getRequestedFor(urlPathEqualTo("/linked/2")));
  }

  /** A walk whose pages know their own URL, as a client's pages do; no first key given. */
  private Paginator<TestApi.Thing> fromPageUrls(String firstPath) {
    java.net.URI first = java.net.URI.create(server.baseUrl() + firstPath);
    return Paginator.builder(() -> linkedPage(first).fetchedFrom(first), link -> linkedPage(link).fetchedFrom(link),
        NextPageStrategy.<TestApi.Thing>followLinks(factory.originPolicy())).build();
  }

  @Test
  void aNextLinkBackToThePageJustFetchedIsRefusedBeforeItIsSentAndNoItemComesTwice() {
    server.stubFor(get(urlPathEqualTo("/loop")).willReturn(okJson(pageBody(0, 0, range(1, 2), server.baseUrl() + "/loop?page=1"))));
    List<String> seen = new ArrayList<>();

    assertThatThrownBy(() -> fromPageUrls("/loop?page=1").stream().forEach(thing -> seen.add(thing.id())))
        .isInstanceOf(PaginationException.class).hasMessageContaining("already fetched");
    assertThat(seen).containsExactly("1", "2");
    server.verify(1, getRequestedFor(urlPathEqualTo("/loop")));
  }

  @Test
  void relativeNextLinksResolveAgainstThePageTheyCameFrom() {
    server.stubFor(get(urlPathEqualTo("/api/list")).withQueryParam("page", equalTo("1"))
        .willReturn(okJson(pageBody(0, 0, range(1, 2), "?page=2&size=2"))));
    server.stubFor(get(urlPathEqualTo("/api/list")).withQueryParam("page", equalTo("2"))
        .willReturn(okJson(pageBody(0, 0, range(3, 4), "list?page=3"))));
    server.stubFor(get(urlPathEqualTo("/api/list")).withQueryParam("page", equalTo("3"))
        .willReturn(okJson(pageBody(0, 0, range(5, 5), null))));

    assertThat(ids(fromPageUrls("/api/list?page=1").toList())).containsExactly("1", "2", "3", "4", "5");
    server.verify(3, getRequestedFor(urlPathEqualTo("/api/list")));
    assertThat(server.getAllServeEvents()).hasSize(3);
  }

  @Test
  void anUpperCaseSchemeAndHostInANextLinkAreFollowedAsTheSameOrigin() {
    server.stubFor(get(urlPathEqualTo("/linked/1")).willReturn(okJson(pageBody(0, 0, range(1, 2),
        server.baseUrl().replace("http://localhost", "HTTP://LOCALHOST") + "/linked/2"))));
    server.stubFor(get(urlPathEqualTo("/linked/2")).willReturn(okJson(pageBody(0, 0, range(3, 3), null))));

    assertThat(ids(linked("/linked/1").build().toList())).containsExactly("1", "2", "3");
    server.verify(1, getRequestedFor(urlPathEqualTo("/linked/2")));
  }

  @Test
  void aNextLinkToAnotherPortIsRefusedAndThatServerReceivesNothing() {
    otherOrigin.stubFor(get(urlPathEqualTo("/linked/2")).willReturn(okJson(pageBody(0, 0, range(3, 4), null))));
    server.stubFor(get(urlPathEqualTo("/linked/1")).willReturn(okJson(pageBody(0, 0, range(1, 2), otherOrigin.baseUrl() + "/linked/2"))));

    assertThatThrownBy(() -> linked("/linked/1").build().toList())
        .isInstanceOf(UntrustedLinkException.class)
        .hasMessageContaining("Refused to send credentials to http://localhost:" + otherOrigin.getPort());
    otherOrigin.verify(0, getRequestedFor(urlPathEqualTo("/linked/2")));
  }

  @Test
  void aDirectCallToAnotherOriginIsRefusedByTheTransportToo() {
    assertThatThrownBy(() -> api.follow(java.net.URI.create(otherOrigin.baseUrl() + "/linked/2")))
        .isInstanceOf(UntrustedLinkException.class);
    assertThat(otherOrigin.getAllServeEvents()).isEmpty();
  }

  @Test
  void anArgumentFeignItselfRefusesEndsInALibraryException() {
    assertThatThrownBy(() -> api.follow(null)).isInstanceOf(ApiConnectionException.class)
        .hasMessageContaining("inside the HTTP layer");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void eachIterationStartsAFreshWalk() {
    stubNumberedPages();
    Paginator<TestApi.Thing> paginator = numbered().build();

    assertThat(paginator.toList()).hasSize(7);
    assertThat(paginator.toList()).hasSize(7);
    server.verify(6, getRequestedFor(urlPathEqualTo("/things")));
  }

  @Test
  void builderValidatesItsOptions() {
    assertThatThrownBy(() -> Paginator.builder(null, this::numberedPage, NextPageStrategy.pageNumbers()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firstPage");
    assertThatThrownBy(() -> Paginator.<TestApi.Thing, Integer>builder(() -> numberedPage(1), null,
        NextPageStrategy.pageNumbers()).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nextPage");
    assertThatThrownBy(() -> numbered().maxPages(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPages");
    assertThatThrownBy(() -> numbered().maxPages(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPages");
  }
}
