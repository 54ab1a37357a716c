package jp.sukedachi.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.domain.Role;
import jp.sukedachi.assessment.access.DataPart;
import jp.sukedachi.assessment.domain.AccessRule.Basis;
import org.junit.jupiter.api.Test;

class AccessRuleTest {
  private static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");
  private static final long OWNER = 1;
  private static final AccountPrincipal OWNER_SME = new AccountPrincipal(OWNER, "o@x.jp", "o", Role.SME);
  private static final AccountPrincipal EXPERT = new AccountPrincipal(7, "e@x.jp", "e", Role.EXPERT);
  private static final AccountPrincipal OTHER = new AccountPrincipal(8, "p@x.jp", "p", Role.PROVIDER);
  private static final AccountPrincipal ADMIN = new AccountPrincipal(9, "a@x.jp", "a", Role.ADMIN);

  @Test
  void theWorkspaceIsTheOwnersAndTheOperatorsOnly() {
    assertThat(AccessRule.workspace(OWNER_SME, OWNER)).isEqualTo(Basis.OWNER);
    assertThat(AccessRule.workspace(ADMIN, OWNER)).isEqualTo(Basis.OPERATOR);
    assertThat(AccessRule.workspace(EXPERT, OWNER)).isEqualTo(Basis.NONE);
    assertThat(AccessRule.workspace(null, OWNER)).isEqualTo(Basis.NONE);
    assertThat(AccessRule.workspace(OWNER_SME, -1)).isEqualTo(Basis.NONE);
  }

  @Test
  void aRecipientSeesTheUnionOfItsLiveGrantsOnly() {
    var profile = new ConsentGrant(10, EXPERT.id(), EnumSet.of(DataPart.PROFILE), NOW.minusSeconds(60), null);
    var plan = new ConsentGrant(10, EXPERT.id(), EnumSet.of(DataPart.PLAN), NOW.minusSeconds(60), null);
    var expired = new ConsentGrant(10, EXPERT.id(), EnumSet.of(DataPart.SELF_CHECK), NOW.minus(Duration.ofDays(2)),
        NOW.minus(Duration.ofDays(1)));
    var revoked = new ConsentGrant(10, EXPERT.id(), EnumSet.of(DataPart.INFORMATION_ASSETS), NOW.minusSeconds(60), null);
    revoked.revoke(NOW.minusSeconds(1));
    var someoneElses = new ConsentGrant(10, OTHER.id(), EnumSet.of(DataPart.ASSET_COUNTS), NOW.minusSeconds(60), null);
    var grants = List.of(profile, plan, expired, revoked, someoneElses);

    assertThat(AccessRule.shared(EXPERT, OWNER, grants, NOW)).isEqualTo(Basis.GRANT);
    assertThat(AccessRule.livePartsFor(EXPERT, grants, NOW)).containsExactlyInAnyOrder(DataPart.PROFILE, DataPart.PLAN);
    assertThat(AccessRule.livePartsFor(OTHER, grants, NOW)).containsExactly(DataPart.ASSET_COUNTS);
  }

  @Test
  void withoutALiveGrantTheSharedViewDoesNotExist() {
    var expired = new ConsentGrant(10, EXPERT.id(), EnumSet.of(DataPart.PLAN), NOW.minus(Duration.ofDays(2)),
        NOW.minus(Duration.ofDays(1)));
    assertThat(AccessRule.shared(EXPERT, OWNER, List.of(expired), NOW)).isEqualTo(Basis.NONE);
    assertThat(AccessRule.shared(EXPERT, OWNER, List.of(), NOW)).isEqualTo(Basis.NONE);
    assertThat(AccessRule.shared(ADMIN, OWNER, List.of(), NOW)).isEqualTo(Basis.OPERATOR);
  }
}
