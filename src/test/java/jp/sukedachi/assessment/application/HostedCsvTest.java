package jp.sukedachi.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The optional hosting column of the IT-asset CSV, in Japanese and English. */
class HostedCsvTest {

  private static List<CsvTable.Row> rows(String csv, Charset charset) {
    return CsvTable.read(csv.getBytes(charset), AssetCsv.IT_HEADERS, AssetCsv.IT_REQUIRED);
  }

  @Test
  void japaneseHeadingAndWordsAsExcelSavesThem() {
    String csv = "種別,名称,台数,インターネット公開,サポート中,提供形態\n"
        + "ECサイト（ネットショップ）,BASEのお店,1,いいえ,はい,サービス\n"
        + "サーバー,受注サーバー,1,はい,はい,自社\n"
        + "パソコン,事務用PC,3,いいえ,はい,\n";
    assertThat(rows(csv, Charset.forName("windows-31j"))).map(AssetCsv::itAsset).containsExactly(
        new ItAssetInput("EC_SITE", "BASEのお店", 1, false, true, true),
        new ItAssetInput("SERVER", "受注サーバー", 1, true, true, false),
        new ItAssetInput("PC", "事務用PC", 3, false, true, null));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"SERVICE, true", "service, true", "hosted, true", "true, true", "はい, true",
      "サービス会社, true", "SELF, false", "self, false", "false, false", "自社, false",
      "オンプレミス, false", "いいえ, false"})
  void englishHeadingAndEveryWayOfSayingIt(String said, boolean hosted) {
    String csv = "type,label,count,internetFacing,vendorSupported,hosting\nWEBSITE,site,1,no,yes," + said + "\n";
    CsvTable.Row row = rows(csv, StandardCharsets.UTF_8).get(0);
    assertThat(AssetCsv.itAsset(row).hosted()).isEqualTo(hosted);
    assertThat(AssetCsv.unreadable(row)).isEmpty();
  }

  @Test
  void aFileWrittenBeforeTheColumnExistedStillReads() {
    String csv = "type,label,count,internetFacing,vendorSupported\nREMOTE_ACCESS,VPN,1,yes,no\n";
    CsvTable.Row row = rows(csv, StandardCharsets.UTF_8).get(0);
    assertThat(AssetCsv.itAsset(row)).isEqualTo(new ItAssetInput("REMOTE_ACCESS", "VPN", 1, true, false, null));
    assertThat(AssetCsv.unreadable(row)).isEmpty();
  }

  @Test
  void aValueThatSaysNeitherIsReportedRatherThanTakenAsSelfRun() {
    String csv = "type,count,internetFacing,vendorSupported,hosting\nEC_SITE,1,no,yes,maybe\n";
    CsvTable.Row row = rows(csv, StandardCharsets.UTF_8).get(0);
    assertThat(AssetCsv.itAsset(row).hosted()).isNull();
    assertThat(AssetCsv.unreadable(row)).containsExactly("hosted");
  }
}
