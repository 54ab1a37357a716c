package jp.sukedachi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whole-number fields of JSON bodies: never truncated, never wrapped, never read from text. */
class WholeNumbersTest {
  record Company(String name, Integer employees, long budgetYen) {}

  record Answer(Integer item, String answer) {}

  record SelfCheck(List<Answer> answers) {}

  record Text(String name, Boolean flag) {}

  record Plain(String name, List<String> tags) {}

  record Measured(boolean internetFacing, double hours) {}

  private static JsonValue json(String text) {
    return Json.createReader(new StringReader(text)).readValue();
  }

  private static List<String> fields(Class<?> type, String body) {
    return WholeNumbers.check(type, json(body)).stream().map(FieldError::field).toList();
  }

  @ParameterizedTest(name = "employees {0}")
  @CsvSource(delimiter = '|', value = {
      "2.5 | error.whole-number", "\"3\" | error.whole-number", "true | error.whole-number",
      "[1] | error.whole-number", "0.0001 | error.whole-number", "2147483648 | error.number-range",
      "-2147483649 | error.number-range", "3e9 | error.number-range", "1e999999999 | error.number-range"})
  void aFractionTextOrANumberBeyondTheTypeIsAFieldError(String value, String key) {
    List<FieldError> errors = WholeNumbers.check(Company.class,
        json("{\"name\":\"x\",\"employees\":" + value + ",\"budgetYen\":1}"));
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("employees");
      assertThat(e.message().in(Locale.JAPANESE)).isEqualTo(Texts.message(Locale.JAPANESE, key));
      assertThat(e.message().in(Locale.ENGLISH)).isEqualTo(Texts.message(Locale.ENGLISH, key));
    });
  }

  @ParameterizedTest(name = "employees {0}")
  @CsvSource({"3", "0", "-1", "2.0", "1e3", "2147483647", "null"})
  void wholeNumbersWithinRangeAndNullPass(String value) {
    assertThat(fields(Company.class, "{\"employees\":" + value + ",\"budgetYen\":1}")).isEmpty();
  }

  @Test
  void aLongTakesWhatAnIntCannotButNotMore() {
    assertThat(fields(Company.class, "{\"budgetYen\":3000000000}")).isEmpty();
    assertThat(fields(Company.class, "{\"budgetYen\":9223372036854775808}")).containsExactly("budgetYen");
    assertThat(fields(Company.class, "{\"budgetYen\":1.5,\"employees\":2.5}"))
        .containsExactlyInAnyOrder("employees", "budgetYen");
  }

  @Test
  void fieldsInsideListsAreNamedLikeBeanValidationNamesThem() {
    assertThat(fields(SelfCheck.class, "{\"answers\":[{\"item\":1},{\"item\":2.5},{\"item\":\"3\"}]}"))
        .containsExactly("answers[1].item", "answers[2].item");
  }

  @Test
  void missingFieldsAndBodiesOfTheWrongShapeAreLeftToTheOtherRules() {
    assertThat(fields(Company.class, "{}")).isEmpty();
    assertThat(fields(Company.class, "[1, 2]")).isEmpty();
    assertThat(fields(SelfCheck.class, "{\"answers\":\"all\"}")).isEmpty();
  }

  @Test
  void onlyTypesWithWholeNumbersNeedChecking() {
    assertThat(WholeNumbers.concern(Company.class)).isTrue();
    assertThat(WholeNumbers.concern(SelfCheck.class)).isTrue();
    assertThat(WholeNumbers.concern(Text.class)).as("a boolean needs checking too").isTrue();
    assertThat(WholeNumbers.concern(Plain.class)).isFalse();
    assertThat(WholeNumbers.concern(byte[].class)).isFalse();
    assertThat(WholeNumbers.concern(String.class)).isFalse();
  }

  @ParameterizedTest(name = "flag {0}")
  @CsvSource(delimiter = '|', value = {"\"abc\"", "\"true\"", "1", "0", "[true]", "{}"})
  void aBooleanTakesOnlyTrueOrFalse(String value) {
    assertThat(WholeNumbers.check(Text.class, json("{\"flag\":" + value + "}")))
        .singleElement().satisfies(e -> {
          assertThat(e.field()).isEqualTo("flag");
          assertThat(e.message().in(Locale.ENGLISH)).isEqualTo(Texts.message(Locale.ENGLISH, "error.not-a-boolean"));
        });
    assertThat(fields(Text.class, "{\"flag\":true}")).isEmpty();
    assertThat(fields(Text.class, "{\"flag\":false}")).isEmpty();
    assertThat(fields(Text.class, "{\"flag\":null}")).isEmpty();
  }

  @Test
  void aDecimalMustBeAFiniteNumberInItsRange() {
    assertThat(fields(Measured.class, "{\"internetFacing\":true,\"hours\":1e309}")).containsExactly("hours");
    assertThat(fields(Measured.class, "{\"internetFacing\":true,\"hours\":\"2\"}")).containsExactly("hours");
    assertThat(fields(Measured.class, "{\"internetFacing\":true,\"hours\":2.5}")).isEmpty();
  }
}
