package jp.sukedachi.assessment.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.assessment.domain.AccessLogEntry;
import jp.sukedachi.assessment.domain.AccessRule;
import jp.sukedachi.assessment.domain.Company;
import jp.sukedachi.assessment.domain.ConsentGrant;
import jp.sukedachi.platform.NotFoundException;

/**
 * The one place that decides who may read or change a company's data:
 *
 * <ul>
 *   <li>its owner reads and changes everything;
 *   <li>an operator (ADMIN) reads everything, for operations, and each read is logged;
 *   <li>an account holding a live consent grant reads the granted parts, through the shared view
 *       only, and each read is logged;
 *   <li>anyone else is told the company does not exist, so ids reveal nothing.
 * </ul>
 */
@ApplicationScoped
public class AccessPolicy {
  private static final String NOT_FOUND = "error.company-not-found";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** For changes: only the owner. */
  @Transactional
  public CompanyAccess change(AccountPrincipal actor, long companyId) {
    if (AccessRule.workspace(actor, ownerOf(companyId)) != AccessRule.Basis.OWNER) {
      throw new NotFoundException(NOT_FOUND);
    }
    return new CompanyAccess(companyId, EnumSet.allOf(DataPart.class), true);
  }

  /**
   * For the owner's workspace (the company's own pages and endpoints): the owner, or an operator
   * (whose read is logged with the parts the answer shows: {@code part} and {@code alsoRead}).
   */
  @Transactional
  public CompanyAccess workspace(AccountPrincipal actor, long companyId, DataPart part,
      DataPart... alsoRead) {
    return switch (AccessRule.workspace(actor, ownerOf(companyId))) {
      case OWNER -> new CompanyAccess(companyId, EnumSet.allOf(DataPart.class), true);
      case OPERATOR -> {
        log(actor, companyId, AccessLogEntry.Via.OPERATOR, null, EnumSet.of(part, alsoRead));
        yield new CompanyAccess(companyId, EnumSet.allOf(DataPart.class), false);
      }
      default -> throw new NotFoundException(NOT_FOUND);
    };
  }

  /**
   * For the shared view: everything for the owner (unlogged) and an operator (logged), the parts
   * of the caller's live grants for a recipient (logged). No live grant: not found.
   */
  @Transactional(dontRollbackOn = NotFoundException.class)
  public CompanyAccess shared(AccountPrincipal actor, long companyId) {
    long owner = ownerOf(companyId);
    Instant now = clock.instant();
    List<ConsentGrant> grants = grantsTo(actor, companyId);
    return switch (AccessRule.shared(actor, owner, grants, now)) {
      case OWNER -> new CompanyAccess(companyId, EnumSet.allOf(DataPart.class), true);
      case OPERATOR -> {
        Set<DataPart> all = EnumSet.allOf(DataPart.class);
        log(actor, companyId, AccessLogEntry.Via.OPERATOR, null, all);
        yield new CompanyAccess(companyId, all, false);
      }
      case GRANT -> {
        Set<DataPart> parts = AccessRule.livePartsFor(actor, grants, now);
        List<ConsentGrant> live = grants.stream().filter(g -> g.isLive(now)).toList();
        log(actor, companyId, AccessLogEntry.Via.GRANT, live.size() == 1 ? live.get(0).id() : null, parts);
        yield new CompanyAccess(companyId, parts, false);
      }
      default -> throw new NotFoundException(NOT_FOUND);
    };
  }

  /** What the recipient of one of the owner's grants would see: that grant's parts. */
  @Transactional
  public CompanyAccess preview(AccountPrincipal owner, long companyId, long grantId) {
    change(owner, companyId);
    ConsentGrant g = em.find(ConsentGrant.class, grantId);
    if (g == null || g.companyId() != companyId) {
      throw new NotFoundException("error.consent-not-found");
    }
    return new CompanyAccess(companyId, g.parts(), false);
  }

  /** The company the caller owns, if any (an SME account owns at most one). */
  @Transactional
  public Optional<Long> ownCompany(AccountPrincipal actor) {
    return em.createQuery("select c.id from Company c where c.ownerAccountId = :o", Long.class)
        .setParameter("o", actor.id()).getResultStream().findFirst();
  }

  /** The companies with a live grant for the caller, each with the parts granted (not a read: not logged). */
  @Transactional
  public List<CompanyAccess> sharedWith(AccountPrincipal actor) {
    Instant now = clock.instant();
    Map<Long, Set<DataPart>> byCompany = new TreeMap<>();
    em.createQuery("select g from ConsentGrant g where g.recipientAccountId = :r and g.revokedAt is null",
            ConsentGrant.class)
        .setParameter("r", actor.id()).getResultStream().filter(g -> g.isLive(now))
        .forEach(g -> byCompany.computeIfAbsent(g.companyId(), k -> EnumSet.noneOf(DataPart.class))
            .addAll(g.parts()));
    return byCompany.entrySet().stream()
        .map(e -> new CompanyAccess(e.getKey(), e.getValue(), false)).toList();
  }

  private List<ConsentGrant> grantsTo(AccountPrincipal actor, long companyId) {
    if (actor == null) {
      return List.of();
    }
    return em.createQuery("select g from ConsentGrant g where g.companyId = :c and g.recipientAccountId = :r"
            + " order by g.id", ConsentGrant.class)
        .setParameter("c", companyId).setParameter("r", actor.id()).getResultList();
  }

  /** The owner's account id; -1 (nobody) for a company that does not exist. */
  private long ownerOf(long companyId) {
    Company c = em.find(Company.class, companyId);
    return c == null ? -1 : c.ownerAccountId();
  }

  private void log(AccountPrincipal actor, long companyId, AccessLogEntry.Via via, Long grantId,
      Set<DataPart> parts) {
    em.persist(new AccessLogEntry(companyId, actor.id(), actor.email(), clock.instant(), via, grantId, parts));
  }
}
