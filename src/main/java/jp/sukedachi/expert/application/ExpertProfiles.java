package jp.sukedachi.expert.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.domain.Role;
import jp.sukedachi.expert.domain.Expert;
import jp.sukedachi.expert.domain.ExpertStatus;
import jp.sukedachi.expert.domain.RissRegistration;
import jp.sukedachi.guidance.application.CatalogueService;
import jp.sukedachi.guidance.domain.Catalogue;
import jp.sukedachi.notification.application.Notifier;
import jp.sukedachi.platform.ConflictException;
import jp.sukedachi.platform.FieldError;
import jp.sukedachi.platform.ForbiddenException;
import jp.sukedachi.platform.Inputs;
import jp.sukedachi.platform.InvalidInputException;
import jp.sukedachi.platform.NotFoundException;

/**
 * An EXPERT account keeps its profile (one per account); an operator verifies the registration.
 * Every check of one profile is reported together, and nothing is saved unless all pass.
 */
@ApplicationScoped
public class ExpertProfiles {
  static final String NOT_FOUND = "error.expert.none";

  @PersistenceContext EntityManager em;
  @Inject Inputs inputs;
  @Inject Clock clock;
  @Inject Event<ExpertsChanged> changed;
  @Inject CatalogueService catalogues;
  @Inject ExpertReference reference;
  @Inject Notifier notifier;

  /** Creates or replaces the caller's profile. A new or re-registered profile waits for an operator. */
  @Transactional
  public ExpertView save(AccountPrincipal actor, ExpertInput input) {
    if (!actor.is(Role.EXPERT)) {
      throw new ForbiddenException("error.expert-only");
    }
    Optional<Expert> existing = find(actor);
    Expert.Profile profile = check(input == null ? ExpertInput.empty() : input, existing.orElse(null));
    Expert e;
    if (existing.isPresent()) {
      e = existing.get();
      e.describe(profile, clock.instant());
    } else {
      e = new Expert(actor.id(), profile, clock.instant());
      em.persist(e);
    }
    try {
      em.flush();
    } catch (PersistenceException sameNumberOrAccountMeanwhile) {
      throw new ConflictException("error.expert.rissTaken");
    }
    changed.fire(ExpertsChanged.INSTANCE);
    return view(e);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ExpertView> mine(AccountPrincipal actor) {
    return find(actor).map(this::view);
  }

  /** The caller's profile, for actions that need one. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Expert own(AccountPrincipal actor) {
    return find(actor).orElseThrow(() -> new NotFoundException(NOT_FOUND));
  }

  /** An expert by id (operators; other capabilities after their own access checks). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Expert byId(long id) {
    Expert e = em.find(Expert.class, id);
    if (e == null) {
      throw new NotFoundException(NOT_FOUND);
    }
    return e;
  }

  /** The expert row, locked until the caller's transaction ends: serialises changes to its slots and hours. */
  public Expert lock(long id) {
    Expert e = em.find(Expert.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (e == null) {
      throw new NotFoundException(NOT_FOUND);
    }
    return e;
  }

  /** Profiles waiting for an operator, the longest waiting first. */
  @Transactional
  public List<ExpertView> pending(AccountPrincipal actor) {
    requireOperator(actor);
    return em.createQuery("select e from Expert e where e.status = :s order by e.updatedAt, e.id", Expert.class)
        .setParameter("s", ExpertStatus.PENDING).getResultStream().map(this::view).toList();
  }

  @Transactional
  public ExpertView one(AccountPrincipal actor, long id) {
    requireOperator(actor);
    return view(byId(id));
  }

  /**
   * The operator's decision on a registration: APPROVE or REJECT (with a reason the expert reads).
   * Of two operators deciding at once, one wins and the other is told it changed meanwhile.
   */
  @Transactional
  public ExpertView review(AccountPrincipal actor, long id, ExpertReviewInput input) {
    requireOperator(actor);
    ExpertReviewInput decision = inputs.check(input == null ? new ExpertReviewInput(null, null, null) : input);
    if (!decision.approves() && (decision.reason() == null || decision.reason().isBlank())) {
      throw InvalidInputException.of("reason", "expert.review.reasonRequired");
    }
    Expert e = byId(id);
    if (e.status() != ExpertStatus.PENDING) {
      throw new ConflictException("expert.review.notPending");
    }
    if (decision.approves()) {
      e.approve(actor.id(), decision.evidence(), clock.instant());
      notifier.notify(e.accountId(), "notification.expertVerified", List.of(), "/expert/profile.xhtml");
    } else {
      e.reject(actor.id(), decision.evidence(), decision.reason(), clock.instant());
      notifier.notify(e.accountId(), "notification.expertRejected", List.of(decision.reason()),
          "/expert/profile.xhtml");
    }
    try {
      em.flush();
    } catch (jakarta.persistence.OptimisticLockException changedMeanwhile) {
      throw new ConflictException("expert.review.notPending");
    }
    changed.fire(ExpertsChanged.INSTANCE);
    return view(e);
  }

  public ExpertView view(Expert e) {
    LocalDate today = ExpertReference.today(clock);
    RissRegistration r = e.registration();
    Double rating = e.ratingCount() == 0 ? null : (double) e.ratingSum() / e.ratingCount();
    return new ExpertView(e.id(), e.displayName(), r.number(), r.registeredOn(), r.renewalDue(), e.certifications(),
        sorted(e.skills()), sorted(e.prefectures()), sorted(e.industries()), sorted(e.languages()), e.remote(),
        e.onSite(), e.hourlyRateYen(), e.monthlyHours(), e.status(), e.status() == ExpertStatus.VERIFIED,
        r.lapsedOn(today), e.reviewEvidence(), e.reviewReason(), e.reviewedAt(), rating, e.ratingCount(),
        r.publicRecord(), e.outcomeCount(),
        e.outcomeCount() == 0 ? null : e.riskDropSum() / e.outcomeCount(),
        e.outcomeCount() == 0 ? null : (double) e.scoreGainSum() / e.outcomeCount());
  }

  /**
   * Counts an SME's rating and, when its standing was known before and after, how it changed.
   * One statement, so ratings of one expert at once all count.
   */
  public void recordRating(long expertId, int stars, Double riskDrop, Integer scoreGain) {
    boolean outcome = riskDrop != null && scoreGain != null;
    em.createNativeQuery("update expert set rating_count = rating_count + 1, rating_sum = rating_sum + ?1, "
            + "outcome_count = outcome_count + ?2, risk_drop_sum = risk_drop_sum + ?3, "
            + "score_gain_sum = score_gain_sum + ?4 where id = ?5")
        .setParameter(1, stars).setParameter(2, outcome ? 1 : 0).setParameter(3, outcome ? riskDrop : 0.0)
        .setParameter(4, outcome ? scoreGain : 0).setParameter(5, expertId).executeUpdate();
  }

  private Expert.Profile check(ExpertInput in, Expert existing) {
    List<FieldError> errors = new ArrayList<>(inputs.errors(in));
    Optional<String> number = RissRegistration.normalise(in.rissNumber());
    if (in.rissNumber() != null && !in.rissNumber().isBlank() && number.isEmpty()) {
      errors.add(FieldError.of("rissNumber", "expert.rissNumber.invalid"));
    }
    LocalDate today = ExpertReference.today(clock);
    LocalDate due = date(in.rissRenewalDue(), "rissRenewalDue", errors);
    LocalDate registered = in.rissRegisteredOn() == null || in.rissRegisteredOn().isBlank()
        ? (due == null ? null : due.minusYears(RissRegistration.VALID_YEARS))
        : date(in.rissRegisteredOn(), "rissRegisteredOn", errors);
    if (registered != null && registered.isAfter(today)) {
      errors.add(FieldError.of("rissRegisteredOn", "expert.rissRegisteredOn.future"));
    }
    if (due != null && registered != null && !due.isAfter(registered)) {
      errors.add(FieldError.of("rissRenewalDue", "expert.rissRenewalDue.beforeRegistration"));
    }
    if (due != null && due.isAfter(today.plusYears(RissRegistration.VALID_YEARS))) {
      errors.add(FieldError.of("rissRenewalDue", "expert.rissRenewalDue.tooFar", RissRegistration.VALID_YEARS));
    }
    Catalogue catalogue = catalogues.current();
    Set<String> skills = codes(in.skills(), "skills", c -> Skills.known(catalogue, c), "expert.skills.unknown", errors);
    boolean remote = Boolean.TRUE.equals(in.remote());
    boolean onSite = Boolean.TRUE.equals(in.onSite());
    if (!remote && !onSite) {
      errors.add(FieldError.of("remote", "expert.reach.required"));
    }
    Set<String> prefectures = codes(in.prefectures(), "prefectures", reference::isPrefecture,
        "expert.prefectures.unknown", errors);
    if (onSite && prefectures.isEmpty()) {
      errors.add(FieldError.of("prefectures", "expert.prefectures.required"));
    }
    Set<String> industries = codes(in.industries(), "industries", reference::isIndustry, "expert.industries.unknown",
        errors);
    Set<String> languages = codes(in.languages() == null || in.languages().isEmpty() ? List.of("ja") : in.languages(),
        "languages", ExpertReference.LANGUAGES::contains, "expert.languages.unknown", errors);
    if (existing != null && in.monthlyHours() != null) {
      int committed = reference.committedHours(existing.id(), YearMonth.from(today));
      if (in.monthlyHours() < committed) {
        errors.add(FieldError.of("monthlyHours", "expert.monthlyHours.belowCommitted", committed));
      }
    }
    if (number.isPresent() && numberTaken(number.get(), existing)) {
      errors.add(FieldError.of("rissNumber", "error.expert.rissTaken"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Expert.Profile(in.displayName(), new RissRegistration(number.get(), registered, due),
        in.certifications(), skills, prefectures, industries, languages, remote, onSite,
        in.hourlyRateYen().intValue(), in.monthlyHours());
  }

  private boolean numberTaken(String number, Expert self) {
    return em.createQuery("select e.id from Expert e where e.rissNumber = :n", Long.class).setParameter("n", number)
        .getResultStream().anyMatch(id -> self == null || !id.equals(self.id()));
  }

  private static LocalDate date(String text, String field, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.add(FieldError.of(field, "expert.date.invalid", ExpertReference.quote(text)));
      return null;
    }
  }

  private static Set<String> codes(List<String> given, String field, java.util.function.Predicate<String> known,
      String key, List<FieldError> errors) {
    Set<String> out = new LinkedHashSet<>();
    if (given == null) {
      return out;
    }
    for (String c : given) {
      if (c == null || !known.test(c.strip())) {
        errors.add(FieldError.of(field, key, ExpertReference.quote(c)));
      } else {
        out.add(c.strip());
      }
    }
    return out;
  }

  private Optional<Expert> find(AccountPrincipal actor) {
    return em.createQuery("select e from Expert e where e.accountId = :a", Expert.class)
        .setParameter("a", actor.id()).getResultStream().findFirst();
  }

  static void requireOperator(AccountPrincipal actor) {
    if (!actor.is(Role.ADMIN)) {
      throw new ForbiddenException("error.forbidden");
    }
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }
}
