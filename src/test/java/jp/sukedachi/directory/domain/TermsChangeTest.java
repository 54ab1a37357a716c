package jp.sukedachi.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TermsChangeTest {

  @Test
  void onlyTheFieldsThatDifferAreListed() {
    var before = Terms.compliant();
    var after = Terms.with(t -> {
      t.monthlyYenPerCompany = 8_800;
      t.dispatchPrefectures = Set.of("43", "40", "41");
    });
    assertThat(TermsChange.between(before, after)).containsExactly(
        new TermsChange("monthlyYenPerCompany", "10000", "8800"),
        new TermsChange("dispatchPrefectures", "40, 43", "40, 41, 43"));
    assertThat(TermsChange.between(before, before)).isEmpty();
  }

  @Test
  void aFirstRevisionShowsEverythingItStates() {
    assertThat(TermsChange.between(null, Terms.compliant())).extracting(TermsChange::field)
        .contains("name", "serviceClass", "monthlyYenPerCompany", "measureCodes")
        .doesNotContain("summary", "minEmployees", "industries");
  }
}
