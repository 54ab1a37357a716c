package jp.sukedachi.assessment.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who signs for a company, by its legal form as its name states it. */
class SignatoryTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      // A sole proprietor signs as 代表者, whatever the shop is called.
      "true, 山田ベーカリー, OWNER", "true, 株式会社ではない山田商店, OWNER",
      "false, 山田精密工業株式会社, REPRESENTATIVE_DIRECTOR", "false, 株式会社山田, REPRESENTATIVE_DIRECTOR",
      "false, ㈱山田, REPRESENTATIVE_DIRECTOR", "false, 有限会社山田, REPRESENTATIVE_DIRECTOR",
      "false, 合同会社ヤマダ, REPRESENTATIVE_PARTNER", "false, 合資会社山田, REPRESENTATIVE_PARTNER",
      "false, 医療法人社団 山田会, CHAIRPERSON", "false, 社会福祉法人 山田福祉会, CHAIRPERSON",
      "false, ＮＰＯ法人 やまだ, CHAIRPERSON", "false, 一般社団法人 山田協会, REPRESENTATIVE_BOARD_MEMBER",
      "false, 山田事業協同組合, REPRESENTATIVE_BOARD_MEMBER",
      // A 法人 whose name does not state its form is taken to be a 株式会社.
      "false, Yamada Seimitsu, REPRESENTATIVE_DIRECTOR"})
  void theTitleFollowsTheLegalForm(boolean soleProprietor, String name, Signatory expected) {
    assertThat(Signatory.of(soleProprietor, name)).isEqualTo(expected);
  }
}
