package jp.sukedachi.engagement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.domain.Role;
import jp.sukedachi.assessment.access.AccessPolicy;
import jp.sukedachi.engagement.domain.EngagementSide;
import jp.sukedachi.engagement.domain.EngagementStatus;
import jp.sukedachi.engagement.domain.ExpertEngagement;
import jp.sukedachi.guidance.application.CatalogueService;
import jp.sukedachi.guidance.domain.Catalogue;
import jp.sukedachi.platform.Bilingual;
import jp.sukedachi.platform.ConflictException;
import jp.sukedachi.platform.NotFoundException;

/**
 * Reading and moving engagements: who is on which side (anyone on neither is told it does not
 * exist), status changes as conditional updates (of two concurrent changes one wins, the other
 * hears the status changed meanwhile), and the plan items a request is about.
 */
@ApplicationScoped
class EngagementStore {
  static final String NOT_FOUND = "engagement.notFound";

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject CatalogueService catalogues;
  @Inject Clock clock;

  ExpertEngagement find(long id) {
    ExpertEngagement e = em.find(ExpertEngagement.class, id);
    if (e == null) {
      throw new NotFoundException(NOT_FOUND);
    }
    em.refresh(e);
    return e;
  }

  /** The engagement and the caller's side; 404 when the caller is on neither. */
  ExpertEngagement mine(AccountPrincipal actor, long id, EngagementSide required) {
    ExpertEngagement e = find(id);
    EngagementSide side = sideOf(actor, e);
    if (side == null || (required != null && side != required)) {
      throw new NotFoundException(NOT_FOUND);
    }
    return e;
  }

  EngagementSide sideOf(AccountPrincipal actor, ExpertEngagement e) {
    if (actor.is(Role.EXPERT)) {
      return e.sideOf(actor.id(), null);
    }
    if (actor.is(Role.SME)) {
      return e.sideOf(-1, access.ownCompany(actor).orElse(null));
    }
    return null;
  }

  /** Moves the status if it is still one of {@code from}; 409 when another change came first. */
  void move(long id, Collection<EngagementStatus> from, EngagementStatus to, String set, Object... values) {
    StringBuilder q = new StringBuilder("update engagement set status = ?1, updated_at = ?2, version = version + 1");
    if (set != null) {
      q.append(", ").append(set);
    }
    q.append(" where id = ?3 and status in (");
    List<String> names = new ArrayList<>();
    for (EngagementStatus s : from) {
      names.add("'" + s.name() + "'");
    }
    q.append(String.join(", ", names)).append(")");
    var query = em.createNativeQuery(q.toString()).setParameter(1, to.name())
        .setParameter(2, clock.instant().atOffset(java.time.ZoneOffset.UTC)).setParameter(3, id);
    for (int i = 0; i < values.length; i++) {
      query.setParameter(4 + i, values[i] instanceof Instant t ? t.atOffset(java.time.ZoneOffset.UTC) : values[i]);
    }
    if (query.executeUpdate() != 1) {
      throw new ConflictException("engagement.status.changed");
    }
  }

  void addItems(long id, Collection<String> codes) {
    for (String code : codes) {
      em.createNativeQuery("insert into engagement_item (engagement_id, measure_code) values (?1, ?2)")
          .setParameter(1, id).setParameter(2, code).executeUpdate();
    }
  }

  void markAddressed(long id, Collection<String> codes) {
    for (String code : codes) {
      em.createNativeQuery("update engagement_item set addressed = true where engagement_id = ?1 and measure_code = ?2")
          .setParameter(1, id).setParameter(2, code).executeUpdate();
    }
  }

  List<EngagementView.Item> items(long id) {
    Catalogue catalogue = catalogues.current();
    List<EngagementView.Item> items = new ArrayList<>();
    for (Object row : em.createNativeQuery("select measure_code, addressed from engagement_item "
        + "where engagement_id = ?1 order by measure_code").setParameter(1, id).getResultList()) {
      Object[] cols = (Object[]) row;
      String code = String.valueOf(cols[0]);
      Bilingual title = catalogue.measure(code).map(m -> m.title()).orElse(new Bilingual(code, code));
      items.add(new EngagementView.Item(code, title, Boolean.TRUE.equals(cols[1])));
    }
    return items;
  }

  /** Ids of the experts already asked in a request's chain (never asked again in it). */
  List<Long> askedInChain(long chainId) {
    List<Long> ids = new ArrayList<>();
    for (Object id : em.createNativeQuery("select expert_id from engagement where id = ?1 or chain_id = ?1")
        .setParameter(1, chainId).getResultList()) {
      ids.add(((Number) id).longValue());
    }
    return ids;
  }

  static String link(EngagementSide side, long id) {
    return (side == EngagementSide.SME ? "/sme/experts.xhtml?engagement=" : "/expert/engagements.xhtml?id=") + id;
  }
}
