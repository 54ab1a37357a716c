package jp.sukedachi.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import jp.sukedachi.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class CsvImportTest {
  private static final Charset CP932 = Charset.forName("windows-31j");
  private static final String JAPANESE =
      "種別,名称,台数,インターネット公開,サポート中\r\nパソコン,事務用PC,12,いいえ,はい\r\nリモートアクセス・VPN,VPN装置,1,はい,いいえ\r\n";

  private static byte[] bom(String s) {
    byte[] body = s.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[body.length + 3];
    out[0] = (byte) 0xEF;
    out[1] = (byte) 0xBB;
    out[2] = (byte) 0xBF;
    System.arraycopy(body, 0, out, 3, body.length);
    return out;
  }

  private static List<ItAssetInput> read(byte[] bytes) {
    return CsvTable.read(bytes, AssetCsv.IT_HEADERS, AssetCsv.IT_REQUIRED).stream()
        .map(AssetCsv::itAsset).toList();
  }

  @Test
  void excelShiftJisUtf8AndUtf8WithBomAllReadTheSame() {
    List<ItAssetInput> sjis = read(JAPANESE.getBytes(CP932));
    List<ItAssetInput> utf8 = read(JAPANESE.getBytes(StandardCharsets.UTF_8));
    List<ItAssetInput> withBom = read(bom(JAPANESE));
    assertThat(sjis).isEqualTo(utf8).isEqualTo(withBom);
    assertThat(sjis).containsExactly(
        new ItAssetInput("PC", "事務用PC", 12, false, true),
        new ItAssetInput("REMOTE_ACCESS", "VPN装置", 1, true, false));
  }

  @Test
  void englishHeadersAndCodesWork() {
    String csv = "type,label,count,internetFacing,vendorSupported\nNAS,backup,2,no,yes\n";
    assertThat(read(csv.getBytes(StandardCharsets.UTF_8)))
        .containsExactly(new ItAssetInput("NAS", "backup", 2, false, true));
  }

  @Test
  void unreadableValuesArePassedOnForValidationToReport() {
    String csv = "type,count,internetFacing,vendorSupported\nTOASTER,many,maybe,yes\n";
    ItAssetInput row = read(csv.getBytes(StandardCharsets.UTF_8)).get(0);
    assertThat(row.type()).isEqualTo("TOASTER");
    assertThat(row.count()).isNull();
    assertThat(row.internetFacing()).isNull();
  }

  @Test
  void rowsKnowTheirLineNumbers() {
    var rows = CsvTable.read(JAPANESE.getBytes(StandardCharsets.UTF_8), AssetCsv.IT_HEADERS,
        AssetCsv.IT_REQUIRED);
    assertThat(rows).extracting(CsvTable.Row::line).containsExactly(2L, 3L);
  }

  @Test
  void aMissingColumnIsNamedInTheUsersLanguage() {
    String csv = "種別,名称,台数\nパソコン,PC,1\n";
    assertThatThrownBy(() -> read(csv.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.errors()).hasSize(2);
          assertThat(e.errors().get(0).message().in(Locale.JAPANESE)).contains("インターネット公開");
          assertThat(e.errors().get(0).message().in(Locale.ENGLISH)).contains("Internet-facing");
        });
  }

  @Test
  void bytesThatAreNeitherUtf8NorShiftJisAreRefused() {
    byte[] garbage = {(byte) 0x82, (byte) 0xFF, (byte) 0xFE, 0x41, 0x0A};
    assertThatThrownBy(() -> read(garbage)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.errors().get(0).message().in(Locale.ENGLISH)).contains("UTF-8 or Shift_JIS"));
  }

  @Test
  void emptyAndHeaderOnlyFilesAreRefused() {
    assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> read("type,count,internetFacing,vendorSupported\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void informationAssetRegisterWithJapaneseHeadersAndNames() {
    String csv = "情報資産名称,業務分類,媒体・保存先,個人情報の種類,機密性,完全性,可用性\n"
        + "従業員のマイナンバー,総務,金庫,マイナンバー,3,2,1\n顧客名簿,営業,サーバー,個人情報,2,2,2\n";
    var rows = CsvTable.read(csv.getBytes(CP932), AssetCsv.INFO_HEADERS, AssetCsv.INFO_REQUIRED)
        .stream().map(AssetCsv::informationAsset).toList();
    assertThat(rows).containsExactly(
        new InformationAssetInput("従業員のマイナンバー", "総務", "金庫", "MY_NUMBER", 3, 2, 1),
        new InformationAssetInput("顧客名簿", "営業", "サーバー", "PERSONAL", 2, 2, 2));
  }
}
