package jp.sukedachi.guidance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The real catalogue, migrated from ddl/ onto PostgreSQL and read back, keeps every integrity rule. */
class CatalogueIntegrityTest {

  @Test
  void theRealCatalogueHasNoViolation() {
    assertThat(CatalogueIntegrity.check(Scenarios.catalogue())).isEmpty();
  }

  @Test
  void everyMeasureIsTypedAndMappedToTheCapabilityTaxonomy() {
    Catalogue c = Scenarios.catalogue();
    assertThat(c.measures()).hasSizeGreaterThanOrEqualTo(60).allSatisfy(m -> {
      assertThat(m.deliverers()).as(m.code()).isNotEmpty();
      assertThat(m.appliesTo()).as(m.code()).isNotEmpty();
      assertThat(m.capabilities()).as(m.code()).isNotEmpty();
    });
    assertThat(c.capabilities()).hasSizeBetween(10, 16);
    Set<String> used = c.measures().stream().flatMap(m -> m.capabilities().stream()).collect(Collectors.toSet());
    assertThat(used).as("every capability is needed by some measure")
        .containsExactlyInAnyOrderElementsOf(c.capabilities().stream().map(Capability::code).toList());
    assertThat(c.measures()).filteredOn(Measure::subsidyEligible).isNotEmpty()
        .allSatisfy(m -> assertThat(m.deliverers()).contains(Measure.Deliverer.OTASUKETAI));
  }
}
