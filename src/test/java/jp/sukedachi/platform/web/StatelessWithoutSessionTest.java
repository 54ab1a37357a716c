package jp.sukedachi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which postbacks may claim a stateless view: only a visitor's without a session, to a public page. */
class StatelessWithoutSessionTest {
  @Test
  void signedInPagesAndSessionsNeedServerState() {
    for (String page : new String[] {"/sme/plan.xhtml", "/admin/home.xhtml", "/account/password.xhtml",
        "/provider/services.xhtml", "/expert/profile.xhtml"}) {
      assertThat(StatelessWithoutSession.mustHaveState(false, page)).as(page).isTrue();
    }
    assertThat(StatelessWithoutSession.mustHaveState(true, "/login.xhtml")).isTrue();
    assertThat(StatelessWithoutSession.mustHaveState(false, "/login.xhtml")).isFalse();
    assertThat(StatelessWithoutSession.mustHaveState(false, "/index.xhtml")).isFalse();
    assertThat(StatelessWithoutSession.mustHaveState(false, null)).isFalse();
  }
}
