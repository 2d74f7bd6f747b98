package dev.apiclients.http;

import dev.apiclients.http.decoding.JsonDecoder;
import dev.apiclients.http.decoding.ResponseBodyDecoder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The ready JSON decoder: each declaration, and what it refuses. */
class JsonDecoderTest {

  enum Role { ADMIN, LENDER, UNKNOWN;
    static Role fromWire(String text) {
      try {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return UNKNOWN;
      }
    }
  }

  record Member(String firstName, String email, Boolean frozen, Role role) {}

  record MemberList(List<Member> members) {}

  record Count(int total) {}

  private static final JsonDecoder DECODER = JsonDecoder.builder()
      .snakeCase()
      .lenientBooleans()
      .openEnum(Role.class, Role::fromWire, Role.UNKNOWN)
      .wrapped(Member.class, "member")
      .absentWhen(Member.class, member -> member.email() == null, "a member with no email")
      .converted(Count.class, MemberList.class, list -> new Count(list.members().size()))
      .build();

  private static Object decode(String json, Class<?> type) throws Exception {
    return DECODER.decode(json.getBytes(StandardCharsets.UTF_8), type);
  }

  @Test
  void bindsSnakeCaseLenientBooleansAndOpenEnumsBareOrWrapped() throws Exception {
    Member expected = new Member("Mary", "m@example.com", true, Role.ADMIN);

    assertThat(decode("{\"first_name\":\"Mary\",\"email\":\"m@example.com\",\"frozen\":1,\"role\":\"admin\",\"x\":[1]}",
        Member.class)).isEqualTo(expected);
    assertThat(decode("{\"member\":{\"first_name\":\"Mary\",\"email\":\"m@example.com\",\"frozen\":\"yes\","
        + "\"role\":\"Admin\"}}", Member.class)).isEqualTo(expected);
    assertThat(decode("{\"email\":\"e\",\"frozen\":\"\",\"role\":{\"id\":3}}", Member.class))
        .isEqualTo(new Member(null, "e", null, Role.UNKNOWN));
    assertThat(decode("{\"email\":\"e\",\"role\":\"owner\"}", Member.class))
        .isEqualTo(new Member(null, "e", null, Role.UNKNOWN));
  }

  @Test
  void convertsAndDeclaresAbsence() throws Exception {
    assertThat(decode("{\"members\":[{\"email\":\"a\"},{\"email\":\"b\"}]}", Count.class)).isEqualTo(new Count(2));
    assertThatThrownBy(() -> decode("{\"member\": null}", Member.class))
        .isInstanceOf(ResponseBodyDecoder.AbsentResource.class).hasMessage("a member with no email");
  }

  @Test
  void refusesContentAfterTheDocumentBareOrWrapped() throws Exception {
    String member = "{\"first_name\":\"Mary\",\"email\":\"m@example.com\"}";
    String phpWarning = "\n<br />\n<b>Warning</b>: Undefined variable $x in <b>/var/www/api.php</b><br />";

    assertThatThrownBy(() -> decode(member + phpWarning, Member.class)).isInstanceOf(Exception.class);
    assertThatThrownBy(() -> decode("{\"member\":" + member + "}" + phpWarning, Member.class))
        .isInstanceOf(Exception.class);
    assertThatThrownBy(() -> decode(member + "{\"errors\":[]}", Member.class)).isInstanceOf(Exception.class);
    assertThatThrownBy(() -> decode("{\"members\":[]} []", Count.class)).isInstanceOf(Exception.class);
    assertThat(decode("{\"member\":" + member + "} \n", Member.class))
        .isEqualTo(new Member("Mary", "m@example.com", null, Role.UNKNOWN));
  }

  @Test
  void refusesWhatIsNotTheTypeWithoutQuotingAValue() {
    assertThatThrownBy(() -> decode("", Member.class)).hasMessageContaining("empty body");
    assertThatThrownBy(() -> decode("[1]", Member.class)).hasMessageContaining("expected a member object, got array");
    assertThatThrownBy(() -> decode("null", MemberList.class)).hasMessageContaining("got null");
    assertThatThrownBy(() -> decode("{\"email\":\"e\",\"frozen\":\"s3cret-value\"}", Member.class))
        .hasMessageNotContaining("s3cret-value");
  }
}
