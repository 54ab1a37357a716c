package jp.sukedachi.expert.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import jp.sukedachi.guidance.domain.Catalogue;
import jp.sukedachi.guidance.domain.Measure;
import jp.sukedachi.guidance.domain.Scenarios;
import org.junit.jupiter.api.Test;

/** What an expert's skill codes mean, on the real catalogue. */
class SkillsTest {
  private static final Catalogue CATALOGUE = Scenarios.catalogue();

  @Test
  void anAreaStandsForEveryMeasureOfItThatAnExpertCanDeliver() {
    Set<String> network = Skills.measures(CATALOGUE, Set.of("NETWORK"));
    assertThat(network).isNotEmpty();
    for (String code : network) {
      Measure m = CATALOGUE.measure(code).orElseThrow();
      assertThat(m.area()).isEqualTo("NETWORK");
      assertThat(m.deliverers()).contains(Measure.Deliverer.EXPERT);
    }
    long expertNetwork = CATALOGUE.measures().stream()
        .filter(m -> m.area().equals("NETWORK") && m.deliverers().contains(Measure.Deliverer.EXPERT)).count();
    assertThat(network).hasSize((int) expertNetwork);
  }

  @Test
  void aMeasureCodeIsASkillOnlyWhenAnExpertCanDeliverIt() {
    Measure byExpert = CATALOGUE.measures().stream().filter(Skills::byExpert).findFirst().orElseThrow();
    Measure selfOnly = CATALOGUE.measures().stream()
        .filter(m -> m.deliverers().equals(Set.of(Measure.Deliverer.SELF))).findFirst().orElseThrow();
    assertThat(Skills.known(CATALOGUE, byExpert.code())).isTrue();
    assertThat(Skills.known(CATALOGUE, selfOnly.code())).isFalse();
    assertThat(Skills.known(CATALOGUE, "NO-SUCH")).isFalse();
    assertThat(Skills.measures(CATALOGUE, Set.of(byExpert.code()))).containsExactly(byExpert.code());
    assertThat(Skills.measures(CATALOGUE, Set.of(selfOnly.code()))).isEmpty();
  }

  @Test
  void anAreaWithoutExpertMeasuresIsNoSkill() {
    assertThat(Skills.known(CATALOGUE, "PHYSICAL")).isFalse();
    assertThat(Skills.known(CATALOGUE, "ACCESS")).isTrue();
  }

  @Test
  void onSiteMeasuresAreThoseMarkedForOnSiteSupport() {
    assertThat(Skills.needsPresence(CATALOGUE.measure("NET-GUEST").orElseThrow())).isTrue();
    assertThat(Skills.needsPresence(CATALOGUE.measure("ORG-RISK").orElseThrow())).isFalse();
  }
}
