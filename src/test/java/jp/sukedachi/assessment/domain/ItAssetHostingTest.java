package jp.sukedachi.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who runs an IT asset group: what the owner says where it varies, the type's rule elsewhere. */
class ItAssetHostingTest {

  private static ItAsset.Details stored(ItAssetType type, boolean internetFacing, boolean hosted) {
    return new ItAsset(1L, new ItAsset.Details(type, "x", 1, internetFacing, true, hosted)).details();
  }

  @ParameterizedTest(name = "{0}, said hosted={1} -> hosted={2}")
  @CsvSource({
      // Cloud mail and SNS accounts are always a provider's, whatever is said.
      "CLOUD_EMAIL, false, true", "CLOUD_EMAIL, true, true",
      "SNS_ACCOUNT, false, true", "SNS_ACCOUNT, true, true",
      // Devices are the company's own, whatever is said.
      "PC, true, false", "NAS, true, false", "POS, true, false", "OT, true, false",
      // Where it varies, what the owner says counts.
      "EC_SITE, true, true", "EC_SITE, false, false", "WEBSITE, true, true",
      "SERVER, false, false", "REMOTE_ACCESS, true, true"})
  void theTypesRuleOrTheOwnersAnswerDecidesWhoRunsIt(ItAssetType type, boolean said, boolean hosted) {
    assertThat(stored(type, false, said).hosted()).isEqualTo(hosted);
  }

  @ParameterizedTest(name = "{0}, said hosted={1}, internet-facing={2}")
  @CsvSource({
      "EC_SITE, true, false", "CLOUD_EMAIL, false, false", "SNS_ACCOUNT, false, false",
      "EC_SITE, false, true", "REMOTE_ACCESS, false, true", "PC, true, true"})
  void aGroupAProviderRunsIsNeverStoredAsInternetFacing(ItAssetType type, boolean said, boolean facing) {
    ItAsset.Details d = stored(type, true, said);
    assertThat(d.internetFacing()).isEqualTo(facing);
    assertThat(d.internetFacing() && d.hosted()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"WEBSITE, true", "EC_SITE, true", "SERVER, true", "REMOTE_ACCESS, true",
      "CLOUD_EMAIL, false", "SNS_ACCOUNT, false", "PC, false", "MOBILE, false"})
  void theOwnerIsAskedOnlyWhereItVaries(ItAssetType type, boolean asked) {
    assertThat(type.asksWhoRunsIt()).isEqualTo(asked);
  }

  @ParameterizedTest
  @CsvSource({"WEBSITE", "EC_SITE", "SERVER", "REMOTE_ACCESS"})
  void notSayingMeansSelfRun(ItAssetType type) {
    assertThat(type.hosted(null)).isFalse();
  }
}
