package jp.sukedachi.guidance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanFingerprintTest {
  private static Situation withAssets(Map<String, Integer> assets, Set<String> done) {
    return new Situation(5, 1, true, true, assets, 0, 0, Map.of(), Set.of(), Map.of(), done);
  }

  private static final Budget BUDGET = new Budget(20_000, 100_000, 40, false);

  @Test
  void theSameInputsGiveTheSameFingerprintWhateverTheMapOrder() {
    Map<String, Integer> a = new HashMap<>();
    a.put("PC", 3);
    a.put("NAS", 1);
    a.put("WEBSITE", 1);
    Map<String, Integer> b = new java.util.LinkedHashMap<>();
    b.put("WEBSITE", 1);
    b.put("NAS", 1);
    b.put("PC", 3);
    assertThat(PlanFingerprint.of("2026.1", withAssets(a, Set.of("X", "Y")), BUDGET))
        .isEqualTo(PlanFingerprint.of("2026.1", withAssets(b, Set.of("Y", "X")), BUDGET))
        .hasSize(64);
  }

  @Test
  void aChangedBudgetSituationOrCatalogueChangesIt() {
    Situation s = withAssets(Map.of("PC", 3), Set.of());
    String base = PlanFingerprint.of("2026.1", s, BUDGET);
    assertThat(PlanFingerprint.of("2026.1", s, new Budget(20_001, 100_000, 40, false))).isNotEqualTo(base);
    assertThat(PlanFingerprint.of("2026.1", s, new Budget(20_000, 100_000, 40, true))).isNotEqualTo(base);
    assertThat(PlanFingerprint.of("2026.1", withAssets(Map.of("PC", 4), Set.of()), BUDGET)).isNotEqualTo(base);
    assertThat(PlanFingerprint.of("2026.1", withAssets(Map.of("PC", 3), Set.of("FIVE-01")), BUDGET)).isNotEqualTo(base);
    assertThat(PlanFingerprint.of("2027.1", s, BUDGET)).isNotEqualTo(base);
  }
}
