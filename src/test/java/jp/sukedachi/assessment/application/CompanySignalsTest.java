package jp.sukedachi.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.sukedachi.assessment.facts.BusinessSignal;
import jp.sukedachi.platform.FieldError;
import org.junit.jupiter.api.Test;

/** Business signals declared with the company profile. */
class CompanySignalsTest {

  private static CompanyInput with(List<String> signals) {
    return new CompanyInput("山田歯科医院", "SOLE_PROPRIETOR", "SERVICES", 0L, 6, "13", 1, 10_000L,
        100_000L, signals);
  }

  @Test
  void eachUnknownCodeIsAFieldErrorNamingItInBothLanguages() {
    List<FieldError> errors = with(Arrays.asList("AI_USE", "BITCOIN", null)).signalErrors();
    assertThat(errors).extracting(FieldError::field).containsExactly("signals[1]", "signals[2]");
    assertThat(errors.get(0).message().in(Locale.JAPANESE)).contains("BITCOIN").contains("GUEST_WIFI");
    assertThat(errors.get(0).message().in(Locale.ENGLISH)).contains("BITCOIN").contains("not a code");
  }

  @Test
  void knownCodesPassAndRepeatsCountOnce() {
    CompanyInput in = with(List.of("GUEST_WIFI", "CARD_PAYMENT", "GUEST_WIFI"));
    assertThat(in.signalErrors()).isEmpty();
    assertThat(in.toProfile(Set.of()).signals())
        .containsExactlyInAnyOrder(BusinessSignal.GUEST_WIFI, BusinessSignal.CARD_PAYMENT);
  }

  @Test
  void notGivenKeepsWhatWasDeclaredAndAnEmptyListClearsIt() {
    Set<BusinessSignal> declared = EnumSet.of(BusinessSignal.TELEWORK);
    assertThat(with(null).toProfile(declared).signals()).containsExactly(BusinessSignal.TELEWORK);
    assertThat(with(List.of()).toProfile(declared).signals()).isEmpty();
    assertThat(with(List.of("AI_USE")).toProfile(declared).signals()).containsExactly(BusinessSignal.AI_USE);
  }

  @Test
  void theProfileGivesThemBackInAFixedOrderForTheFormAndTheApi() {
    var profile = with(List.of("SHARED_ACCOUNTS", "AI_USE", "TELEWORK")).toProfile(Set.of());
    assertThat(profile.signalsInOrder()).containsExactly(BusinessSignal.AI_USE, BusinessSignal.TELEWORK,
        BusinessSignal.SHARED_ACCOUNTS);
    assertThat(CompanyInput.of(profile).signals()).containsExactly("AI_USE", "TELEWORK", "SHARED_ACCOUNTS");
  }
}
