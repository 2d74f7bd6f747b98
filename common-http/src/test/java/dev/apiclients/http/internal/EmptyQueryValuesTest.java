package dev.apiclients.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Request;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmptyQueryValuesTest {

  private static Request get(String url) {
    return Request.create(Request.HttpMethod.GET, url, Map.of(), null, StandardCharsets.UTF_8, null);
  }

  @Test
  void aBareNameGetsAnExplicitEmptyValue() {
    assertThat(EmptyQueryValues.restore(get("http://h/p?a&b=2")).url()).isEqualTo("http://h/p?a=&b=2");
    assertThat(EmptyQueryValues.restore(get("http://h/p?a=1&b")).url()).isEqualTo("http://h/p?a=1&b=");
    assertThat(EmptyQueryValues.restore(get("http://h/p?a#top")).url()).isEqualTo("http://h/p?a=#top");
  }

  @Test
  void aRequestWithoutBareNamesIsLeftAsItIs() {
    for (String url : new String[] {"http://h/p", "http://h/p?", "http://h/p?a=1&b=2", "http://h/p?a=1&&b=",
        "http://h/p?a=1&", "http://h/p?a=#b"}) {
      Request request = get(url);
      assertThat(EmptyQueryValues.restore(request)).as(url).isSameAs(request);
    }
  }
}
