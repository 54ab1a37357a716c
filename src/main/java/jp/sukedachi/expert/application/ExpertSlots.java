package jp.sukedachi.expert.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.expert.domain.Expert;
import jp.sukedachi.expert.domain.ExpertSlot;
import jp.sukedachi.platform.ConflictException;
import jp.sukedachi.platform.FieldError;
import jp.sukedachi.platform.InvalidInputException;
import jp.sukedachi.platform.NotFoundException;

/**
 * An expert's bookable slots: in the future (at most {@value #MAX_DAYS_AHEAD} days ahead), half
 * an hour to a working day long, never overlapping each other. Adding a slot locks the expert's
 * row, so two slots added at once cannot overlap either.
 */
@ApplicationScoped
public class ExpertSlots {
  static final int MAX_DAYS_AHEAD = 180;

  @PersistenceContext EntityManager em;
  @Inject ExpertProfiles profiles;
  @Inject Clock clock;
  @Inject Event<ExpertsChanged> changed;

  @Transactional
  public SlotView add(AccountPrincipal actor, SlotInput input) {
    Expert own = profiles.own(actor);
    Instant now = clock.instant();
    List<FieldError> errors = new ArrayList<>();
    Instant start = instant(input == null ? null : input.start(), "start", errors);
    Instant end = instant(input == null ? null : input.end(), "end", errors);
    if (start != null && !start.isAfter(now)) {
      errors.add(FieldError.of("start", "slot.start.past"));
    }
    if (start != null && start.isAfter(now.plus(Duration.ofDays(MAX_DAYS_AHEAD)))) {
      errors.add(FieldError.of("start", "slot.start.tooFar", MAX_DAYS_AHEAD));
    }
    if (start != null && end != null) {
      Duration length = Duration.between(start, end);
      if (length.compareTo(ExpertSlot.SHORTEST) < 0 || length.compareTo(ExpertSlot.LONGEST) > 0) {
        errors.add(FieldError.of("end", "slot.length.range"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    profiles.lock(own.id());
    boolean overlaps = !em.createQuery("select s.id from ExpertSlot s where s.expertId = :e "
            + "and s.startsAt < :end and s.endsAt > :start", Long.class)
        .setParameter("e", own.id()).setParameter("start", start).setParameter("end", end)
        .setMaxResults(1).getResultList().isEmpty();
    if (overlaps) {
      throw InvalidInputException.of("start", "slot.overlaps");
    }
    ExpertSlot slot = new ExpertSlot(own.id(), start, end, now);
    em.persist(slot);
    em.flush();
    changed.fire(ExpertsChanged.INSTANCE);
    return new SlotView(slot.id(), start, end, slot.hours(), false);
  }

  /** The caller's slots that have not ended, with whether each is taken. */
  @Transactional
  public List<SlotView> mine(AccountPrincipal actor) {
    return upcoming(profiles.own(actor).id());
  }

  /** An expert's slots that have not ended (SMEs choose among the free ones). */
  @Transactional
  public List<SlotView> upcoming(long expertId) {
    Set<Long> taken = taken(expertId);
    return em.createQuery("select s from ExpertSlot s where s.expertId = :e and s.endsAt > :now "
            + "order by s.startsAt", ExpertSlot.class)
        .setParameter("e", expertId).setParameter("now", clock.instant()).getResultStream()
        .map(s -> new SlotView(s.id(), s.startsAt(), s.endsAt(), s.hours(), taken.contains(s.id()))).toList();
  }

  /**
   * A verified expert as SMEs see it, with its free slots; an expert that is not matchable (not
   * verified, or its registration lapsed) does not exist for them.
   */
  @Transactional
  public PublicExpert publicProfile(long expertId) {
    Expert e = profiles.byId(expertId);
    if (!e.matchable(ExpertReference.today(clock))) {
      throw new NotFoundException(ExpertProfiles.NOT_FOUND);
    }
    return PublicExpert.of(profiles.view(e), upcoming(expertId).stream().filter(s -> !s.taken()).toList());
  }

  /** Removes a free slot; a slot a request or booking holds stays (409). */
  @Transactional
  public void remove(AccountPrincipal actor, long slotId) {
    Expert own = profiles.own(actor);
    profiles.lock(own.id());
    ExpertSlot s = em.find(ExpertSlot.class, slotId);
    if (s == null || s.expertId() != own.id()) {
      throw new NotFoundException("slot.notFound");
    }
    if (taken(own.id()).contains(slotId)) {
      throw new ConflictException("slot.taken");
    }
    em.remove(s);
    changed.fire(ExpertsChanged.INSTANCE);
  }

  /** A slot by id; null when there is none. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ExpertSlot find(long slotId) {
    return em.find(ExpertSlot.class, slotId);
  }

  private Set<Long> taken(long expertId) {
    List<?> ids = em.createNativeQuery("select g.slot_id from engagement g join expert_slot s on s.id = g.slot_id "
            + "where s.expert_id = ?1 and g.status not in ('DECLINED', 'EXPIRED', 'CANCELLED')")
        .setParameter(1, expertId).getResultList();
    Set<Long> out = new HashSet<>();
    for (Object id : ids) {
      out.add(((Number) id).longValue());
    }
    return out;
  }

  private static Instant instant(String text, String field, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      errors.add(FieldError.of(field, "slot.time.required"));
      return null;
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(FieldError.of(field, "slot.time.invalid", ExpertReference.quote(text)));
      return null;
    }
  }
}
