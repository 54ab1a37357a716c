package jp.sukedachi.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.domain.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LandingTest {

  @ParameterizedTest
  @CsvSource({
    "SME, /sme/home?faces-redirect=true",
    "ADMIN, /admin/home?faces-redirect=true",
    "EXPERT, /account/home?faces-redirect=true",
    "PROVIDER, /provider/home?faces-redirect=true"
  })
  void eachRoleStartsOnItsOwnHome(Role role, String outcome) {
    assertThat(LoginPage.landing(new AccountPrincipal(1, "a@b.jp", "A", role))).isEqualTo(outcome);
  }
}
