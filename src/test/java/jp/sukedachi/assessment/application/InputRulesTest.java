package jp.sukedachi.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jp.sukedachi.platform.InvalidInputException;
import jp.sukedachi.platform.Texts;
import org.junit.jupiter.api.Test;

/** The rules that both the web form and the API apply, checked without a container. */
class InputRulesTest {
  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private static final CompanyInput GOOD = new CompanyInput("山田商店", "CORPORATION", "RETAIL",
      3_000_000L, 4, "13", 1, 10_000L, 100_000L);

  private static Set<String> invalidFields(Object input) {
    return VALIDATOR.validate(input).stream().map(v -> v.getPropertyPath().toString())
        .collect(Collectors.toSet());
  }

  @Test
  void aSensibleCompanyPasses() {
    assertThat(invalidFields(GOOD)).isEmpty();
  }

  @Test
  void negativeAbsurdUnknownAndScriptValuesAreEachReported() {
    CompanyInput bad = new CompanyInput("<script>alert(1)</script>", "LLC", "FISHING",
        -1L, 2_000_000, "48", 0, 1_000_000_000L, -5L);
    assertThat(invalidFields(bad)).containsExactlyInAnyOrder("name", "legalForm", "industry",
        "capitalYen", "employees", "prefecture", "sites", "monthlyBudgetYen", "oneOffBudgetYen");
  }

  @Test
  void everyMessageExistsInBothLanguages() {
    CompanyInput empty = new CompanyInput(null, null, null, null, null, null, null, null, null);
    for (ConstraintViolation<CompanyInput> v : VALIDATOR.validate(empty)) {
      String ja = Texts.validation(Locale.JAPANESE, v.getMessageTemplate());
      String en = Texts.validation(Locale.ENGLISH, v.getMessageTemplate());
      assertThat(ja).isNotEqualTo(en).doesNotStartWith("{");
    }
  }

  @Test
  void assetCountAndRatingsHaveBounds() {
    assertThat(invalidFields(new ItAssetInput("PC", null, 0, false, true))).containsExactly("count");
    assertThat(invalidFields(new InformationAssetInput("顧客名簿", "営業", "サーバー", "PERSONAL", 4, 0, 2)))
        .containsExactlyInAnyOrder("confidentiality", "integrity");
  }

  @Test
  void aSelfCheckNeedsAll25KnownAnswersOnce() {
    List<SelfCheckInput.ItemAnswer> answers = new ArrayList<>();
    for (int i = 1; i <= 24; i++) {
      answers.add(new SelfCheckInput.ItemAnswer(i, "IMPLEMENTED"));
    }
    assertThatThrownBy(() -> SelfCheckService.answersOf(new SelfCheckInput(answers)))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.errors().get(0).message().in(Locale.ENGLISH)).endsWith("25"));
    answers.add(new SelfCheckInput.ItemAnswer(25, "MAYBE"));
    assertThatThrownBy(() -> SelfCheckService.answersOf(new SelfCheckInput(answers)))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.errors().get(0).field()).isEqualTo("answers[24].answer"));
    answers.set(24, new SelfCheckInput.ItemAnswer(3, "PARTIAL"));
    assertThatThrownBy(() -> SelfCheckService.answersOf(new SelfCheckInput(answers)))
        .isInstanceOf(InvalidInputException.class);
    answers.set(24, new SelfCheckInput.ItemAnswer(25, "UNKNOWN"));
    assertThat(SelfCheckService.answersOf(new SelfCheckInput(answers))).hasSize(25);
  }
}
