package jp.sukedachi.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeClassifierTest {
  private final SizeClassifier classifier = new SizeClassifier();

  /** Every industry's limits, one step either side; the other criterion is kept over its limit. */
  @ParameterizedTest(name = "{0}: capital {1} yen with {2} staff is SME={3}")
  @CsvSource({
    "MANUFACTURING, 300000000, 100000, true",
    "MANUFACTURING, 300000001, 100000, false",
    "MANUFACTURING, 999999999999, 300, true",
    "MANUFACTURING, 999999999999, 301, false",
    "CONSTRUCTION, 300000000, 100000, true",
    "CONSTRUCTION, 300000001, 301, false",
    "CONSTRUCTION, 999999999999, 300, true",
    "TRANSPORT, 300000000, 100000, true",
    "TRANSPORT, 300000001, 301, false",
    "TRANSPORT, 999999999999, 300, true",
    "OTHER, 300000000, 100000, true",
    "OTHER, 300000001, 301, false",
    "OTHER, 999999999999, 300, true",
    "WHOLESALE, 100000000, 100000, true",
    "WHOLESALE, 100000001, 100000, false",
    "WHOLESALE, 999999999999, 100, true",
    "WHOLESALE, 999999999999, 101, false",
    "RETAIL, 50000000, 100000, true",
    "RETAIL, 50000001, 100000, false",
    "RETAIL, 999999999999, 50, true",
    "RETAIL, 999999999999, 51, false",
    "SERVICES, 50000000, 100000, true",
    "SERVICES, 50000001, 100000, false",
    "SERVICES, 999999999999, 100, true",
    "SERVICES, 999999999999, 101, false",
    "SOFTWARE_IT, 300000000, 100000, true",
    "SOFTWARE_IT, 300000001, 100000, false",
    "SOFTWARE_IT, 999999999999, 300, true",
    "SOFTWARE_IT, 999999999999, 301, false",
    "RUBBER_PRODUCTS, 300000000, 100000, true",
    "RUBBER_PRODUCTS, 300000001, 100000, false",
    "RUBBER_PRODUCTS, 999999999999, 900, true",
    "RUBBER_PRODUCTS, 999999999999, 901, false",
    "INN, 50000000, 100000, true",
    "INN, 50000001, 100000, false",
    "INN, 999999999999, 200, true",
    "INN, 999999999999, 201, false",
  })
  void eitherCriterionWithinTheLimitMakesAnSme(Industry industry, long capital, int staff, boolean sme) {
    assertThat(classifier.classify(industry, LegalForm.CORPORATION, capital, staff).sme()).isEqualTo(sme);
  }

  @ParameterizedTest(name = "{0} with {1} staff is small={2}")
  @CsvSource({
    "MANUFACTURING, 20, true", "MANUFACTURING, 21, false",
    "CONSTRUCTION, 20, true", "CONSTRUCTION, 21, false",
    "TRANSPORT, 20, true", "TRANSPORT, 21, false",
    "OTHER, 20, true", "OTHER, 21, false",
    "WHOLESALE, 5, true", "WHOLESALE, 6, false",
    "RETAIL, 5, true", "RETAIL, 6, false",
    "SERVICES, 5, true", "SERVICES, 6, false",
    "SOFTWARE_IT, 5, true", "SOFTWARE_IT, 6, false",
    "RUBBER_PRODUCTS, 20, true", "RUBBER_PRODUCTS, 21, false",
    "INN, 20, true", "INN, 21, false",
  })
  void smallEnterpriseLimitsByIndustry(Industry industry, int staff, boolean small) {
    assertThat(classifier.classify(industry, LegalForm.CORPORATION, 10_000_000, staff).smallEnterprise())
        .isEqualTo(small);
  }

  @Test
  void retailerWith51StaffAndCapital60MillionIsNotAnSme() {
    SizeClass c = classifier.classify(Industry.RETAIL, LegalForm.CORPORATION, 60_000_000, 51);
    assertThat(c.sme()).isFalse();
    assertThat(c.smallEnterprise()).isFalse();
    assertThat(c.basis()).extracting(r -> r.key())
        .containsExactly("size.capital.over", "size.staff.over", "size.not-sme");
  }

  @Test
  void soleProprietorIsJudgedOnStaffAlone() {
    SizeClass c = classifier.classify(Industry.SERVICES, LegalForm.SOLE_PROPRIETOR, 0, 3);
    assertThat(c.sme()).isTrue();
    assertThat(c.smallEnterprise()).isTrue();
    assertThat(c.basis().get(0).key()).isEqualTo("size.capital.sole-proprietor");
  }

  @Test
  void soleProprietorWithManyStaffIsNotAnSmeWhateverItsCapital() {
    SizeClass c = classifier.classify(Industry.RETAIL, LegalForm.SOLE_PROPRIETOR, 0, 51);
    assertThat(c.sme()).isFalse();
  }

  @Test
  void basisNamesTheIndustryAndTheFigures() {
    SizeClass c = classifier.classify(Industry.WHOLESALE, LegalForm.CORPORATION, 80_000_000, 120);
    assertThat(c.basis().get(0).args()).containsExactly(
        jp.sukedachi.platform.Reason.of("industry.WHOLESALE"), 80_000_000L, 100_000_000L);
    assertThat(c.sme()).isTrue();
  }
}
