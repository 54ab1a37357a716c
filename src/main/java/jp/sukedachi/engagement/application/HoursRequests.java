package jp.sukedachi.engagement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.assessment.access.AccessPolicy;
import jp.sukedachi.assessment.access.DataPart;
import jp.sukedachi.engagement.domain.HoursRequest;
import jp.sukedachi.expert.application.ExpertReference;
import jp.sukedachi.matching.application.ExpertMatches;
import jp.sukedachi.matching.domain.ExpertNeed;
import jp.sukedachi.platform.ConflictException;
import jp.sukedachi.platform.FieldError;
import jp.sukedachi.platform.Inputs;
import jp.sukedachi.platform.InvalidInputException;
import jp.sukedachi.platform.NotFoundException;

/**
 * "Find me someone": an SME asks the program for hours on open plan items an expert can help
 * with. Its weight in the operator's allocation is the yearly risk those items remove per hour
 * asked; it needs someone on site when any of them does. The company's monthly cap applies.
 */
@ApplicationScoped
public class HoursRequests {
  @PersistenceContext EntityManager em;
  @Inject Inputs inputs;
  @Inject AccessPolicy access;
  @Inject ExpertMatches matches;
  @Inject HoursLedger ledger;
  @Inject ExpertRules rules;
  @Inject Clock clock;

  @Transactional
  public HoursRequestView create(AccountPrincipal actor, HoursRequestInput input) {
    HoursRequestInput in = input == null ? HoursRequestInput.empty() : input;
    List<FieldError> errors = new ArrayList<>(inputs.errors(in));
    if (in.companyId() != null) {
      access.change(actor, in.companyId());
    }
    List<String> parts = in.parts() == null ? List.of() : in.parts();
    DataPart.parse(parts, errors);
    LocalDate month = RequestMonth.parse(in.month(), clock, errors);
    Set<String> codes = new LinkedHashSet<>();
    ExpertMatches.Needs needs = in.companyId() == null ? null : matches.needs(in.companyId());
    Map<String, ExpertNeed> open = needs == null ? Map.of() : needs.byCode();
    if (needs != null) {
      for (String c : in.measureCodes() == null ? List.<String>of() : in.measureCodes()) {
        if (c == null || !open.containsKey(c)) {
          errors.add(FieldError.of("measureCodes", "hoursRequest.items.notOpen", ExpertReference.quote(c)));
        } else {
          codes.add(c);
        }
      }
      if (needs.prefectureCode() == null) {
        errors.add(FieldError.of("companyId", "hoursRequest.prefecture.required"));
      }
      if (month != null && in.hours() != null) {
        int held = ledger.companyHours(in.companyId(), month) + openHours(in.companyId(), month);
        if (held + in.hours() > rules.smeMonthlyHours()) {
          errors.add(FieldError.of("hours", "engagement.hours.smeCap", rules.smeMonthlyHours()));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    double risk = codes.stream().mapToDouble(c -> open.get(c).riskYen()).sum();
    boolean presence = codes.stream().anyMatch(c -> open.get(c).needsPresence());
    HoursRequest r = new HoursRequest(in.companyId(), actor.id(), month, in.hours(), in.description().strip(),
        risk / in.hours(), presence, needs.prefectureCode(), codes, new TreeSet<>(parts), clock.instant());
    em.persist(r);
    em.flush();
    return HoursRequestView.of(r);
  }

  /** The company's requests to the program, newest first. */
  @Transactional
  public List<HoursRequestView> mine(AccountPrincipal actor) {
    return access.ownCompany(actor).map(c -> em.createQuery("select r from HoursRequest r where r.companyId = :c "
            + "order by r.createdAt desc, r.id desc", HoursRequest.class).setParameter("c", c).setMaxResults(100)
        .getResultStream().map(HoursRequestView::of).toList()).orElse(List.of());
  }

  /** Withdraws an open request; one the allocation has already assigned stays (409). */
  @Transactional
  public HoursRequestView withdraw(AccountPrincipal actor, long id) {
    HoursRequest r = em.find(HoursRequest.class, id);
    if (r == null || !access.ownCompany(actor).map(c -> c == r.companyId()).orElse(false)) {
      throw new NotFoundException("hoursRequest.notFound");
    }
    int changed = em.createQuery("update HoursRequest r set r.status = :w, r.version = r.version + 1 "
            + "where r.id = :id and r.status = :open")
        .setParameter("w", HoursRequest.Status.WITHDRAWN).setParameter("open", HoursRequest.Status.OPEN)
        .setParameter("id", id).executeUpdate();
    if (changed != 1) {
      throw new ConflictException("hoursRequest.notOpen");
    }
    em.refresh(r);
    return HoursRequestView.of(r);
  }

  private int openHours(long companyId, LocalDate month) {
    Long sum = em.createQuery("select coalesce(sum(r.hours), 0) from HoursRequest r where r.companyId = :c "
            + "and r.month = :m and r.status = :open", Long.class)
        .setParameter("c", companyId).setParameter("m", month).setParameter("open", HoursRequest.Status.OPEN)
        .getSingleResult();
    return sum.intValue();
  }
}
