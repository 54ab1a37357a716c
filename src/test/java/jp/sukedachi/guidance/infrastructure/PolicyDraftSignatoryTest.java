package jp.sukedachi.guidance.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import jp.sukedachi.assessment.facts.Signatory;
import org.junit.jupiter.api.Test;

/** The draft basic policy is signed with the title the company's legal form gives. */
class PolicyDraftSignatoryTest {
  private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

  @Test
  void aSoleProprietorSignsAsTheOwnerNotAsARepresentativeDirector() {
    String ja = PolicyDraft.write("山田ベーカリー", Signatory.OWNER, DAY, Locale.JAPANESE);
    assertThat(ja).contains("山田ベーカリー　代表者").doesNotContain("代表取締役").contains("2026-04-01");
    String en = PolicyDraft.write("Yamada Bakery", Signatory.OWNER, DAY, Locale.ENGLISH);
    assertThat(en).contains("Yamada Bakery, Owner").doesNotContain("Representative Director");
  }

  @Test
  void aKabushikiKaishaSignsAsItsRepresentativeDirectorAndAGodoKaishaAsItsRepresentativePartner() {
    assertThat(PolicyDraft.write("山田精密工業株式会社", Signatory.REPRESENTATIVE_DIRECTOR, DAY, Locale.JAPANESE))
        .contains("山田精密工業株式会社　代表取締役");
    assertThat(PolicyDraft.write("合同会社ヤマダ", Signatory.REPRESENTATIVE_PARTNER, DAY, Locale.JAPANESE))
        .contains("合同会社ヤマダ　代表社員").doesNotContain("代表取締役");
  }
}
