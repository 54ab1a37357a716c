package jp.sukedachi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JSON bodies are read strictly: one value, unique keys, no control characters, bounded. */
class StrictJsonTest {

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> fieldsOf(String body) {
    try {
      StrictJson.read(utf8(body));
      return List.of();
    } catch (InvalidInputException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
  }

  @Test
  void aWellFormedBodyIsReadAsItIs() {
    JsonObject o = StrictJson.read(utf8(" {\"a\":[1,2.5,\"x\\ty\\nz\"],\"b\":{\"c\":null,\"d\":true}} \n"))
        .asJsonObject();
    assertThat(o.getJsonArray("a").getString(2)).isEqualTo("x\ty\nz");
    assertThat(o.getJsonObject("b").getBoolean("d")).isTrue();
    assertThat(o.getJsonArray("a").getJsonNumber(1).bigDecimalValue()).isEqualByComparingTo("2.5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{} x", "{}{}", "{\"a\":1} 2", "[1] ]", "5 6", "\"a\" \"b\"", "null null"})
  void dataAfterTheValueIsRefused(String body) {
    assertThatThrownBy(() -> StrictJson.read(utf8(body))).isInstanceOf(MalformedBodyException.class)
        .extracting(e -> ((MalformedBodyException) e).key()).isIn("error.json.trailing", "error.unreadable-body");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "{", "{\"a\":}", "[1,]", "{'a':1}", "nul", "\u0000"})
  void brokenSyntaxIsUnreadable(String body) {
    assertThatThrownBy(() -> StrictJson.read(utf8(body))).isInstanceOf(MalformedBodyException.class)
        .extracting(e -> ((MalformedBodyException) e).tooLarge()).isEqualTo(false);
  }

  @Test
  void aKeyGivenTwiceIsAFieldErrorAtItsPath() {
    assertThat(fieldsOf("{\"email\":\"a@b.jp\",\"email\":\"c@d.jp\"}")).containsExactly("email");
    assertThat(fieldsOf("{\"answers\":[{\"item\":1},{\"item\":2,\"item\":3}]}")).containsExactly("answers[1].item");
  }

  @Test
  void controlCharactersOtherThanTabAndLineBreaksAreFieldErrors() {
    assertThat(fieldsOf("{\"email\":\"a\\u0000b@x.jp\",\"name\":\"ok\\r\\n\\tline\"}")).containsExactly("email");
    assertThat(fieldsOf("{\"list\":[\"ok\",\"bell\\u0007\",\"del\\u007f\",\"c1\\u0085\"]}"))
        .containsExactly("list[1]", "list[2]", "list[3]");
    assertThat(fieldsOf("{\"a\\u0000\":1}")).containsExactly("aU+0000");
    InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> StrictJson.read(utf8("{\"x\":\"\\u001b[31m\"}")), InvalidInputException.class);
    assertThat(e.errors().get(0).message().in(Locale.ENGLISH))
        .isEqualTo(Texts.message(Locale.ENGLISH, "error.control-character"));
  }

  @Test
  void deepNestingAndHugeBodiesAreRefused() {
    String deep = "[".repeat(StrictJson.MAX_DEPTH + 2) + "]".repeat(StrictJson.MAX_DEPTH + 2);
    assertThatThrownBy(() -> StrictJson.read(utf8(deep))).isInstanceOf(MalformedBodyException.class)
        .extracting(e -> ((MalformedBodyException) e).key()).isEqualTo("error.json.too-deep");
    byte[] huge = utf8("\"" + "a".repeat(StrictJson.MAX_BYTES) + "\"");
    assertThatThrownBy(() -> StrictJson.read(huge)).isInstanceOf(MalformedBodyException.class)
        .extracting(e -> ((MalformedBodyException) e).tooLarge()).isEqualTo(true);
  }
}
