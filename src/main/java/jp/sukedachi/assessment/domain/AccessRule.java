package jp.sukedachi.assessment.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.domain.Role;
import jp.sukedachi.assessment.access.DataPart;

/**
 * The rule behind the access policy, as plain Java: on what basis a caller may read a company,
 * and which parts.
 */
public final class AccessRule {
  private AccessRule() {}

  /** Why a caller may see a company's data. */
  public enum Basis {
    /** It owns the company: everything, unlogged. */
    OWNER,
    /** An operator: everything, logged. */
    OPERATOR,
    /** A live consent grant: the granted parts, in the shared view only, logged. */
    GRANT,
    /** Nothing: the company does not exist for this caller. */
    NONE
  }

  /** The basis for the owner's workspace, where only owners and operators come. */
  public static Basis workspace(AccountPrincipal actor, long ownerAccountId) {
    if (actor == null) {
      return Basis.NONE;
    }
    if (actor.id() == ownerAccountId) {
      return Basis.OWNER;
    }
    return actor.is(Role.ADMIN) ? Basis.OPERATOR : Basis.NONE;
  }

  /** The basis for the shared view: as the workspace, or else the caller's live grants. */
  public static Basis shared(AccountPrincipal actor, long ownerAccountId, List<ConsentGrant> grants,
      Instant now) {
    Basis b = workspace(actor, ownerAccountId);
    if (b != Basis.NONE) {
      return b;
    }
    return livePartsFor(actor, grants, now).isEmpty() ? Basis.NONE : Basis.GRANT;
  }

  /** The parts the caller's live grants cover together; grants for others count for nothing. */
  public static Set<DataPart> livePartsFor(AccountPrincipal actor, List<ConsentGrant> grants, Instant now) {
    Set<DataPart> parts = EnumSet.noneOf(DataPart.class);
    if (actor == null) {
      return parts;
    }
    for (ConsentGrant g : grants) {
      if (g.recipientAccountId() == actor.id() && g.isLive(now)) {
        parts.addAll(g.parts());
      }
    }
    return parts;
  }
}
