package jp.sukedachi.assessment.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.sukedachi.account.application.AccountDirectory;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.domain.Role;
import jp.sukedachi.assessment.domain.AccessLogEntry;
import jp.sukedachi.assessment.domain.Company;
import jp.sukedachi.assessment.domain.ConsentGrant;
import jp.sukedachi.notification.application.Notifier;
import jp.sukedachi.platform.FieldError;
import jp.sukedachi.platform.InvalidInputException;
import jp.sukedachi.platform.NotFoundException;
import jp.sukedachi.platform.Reason;

/** An owner grants, lists and revokes consent, and reads who read what. */
@ApplicationScoped
public class ConsentService {
  /** Who can receive a grant: the parties that help an SME. */
  static final Set<Role> RECIPIENT_ROLES = EnumSet.of(Role.EXPERT, Role.PROVIDER);
  /** The longest a grant with an end may run; without an end it runs until revoked. */
  static final java.time.Duration MAX_DURATION = java.time.Duration.ofDays(3 * 366);

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject AccountDirectory accounts;
  @Inject Clock clock;
  @Inject Notifier notifier;

  @Transactional
  public ConsentView grant(AccountPrincipal actor, long companyId, ConsentInput input) {
    access.change(actor, companyId);
    Instant now = clock.instant();
    List<FieldError> errors = new ArrayList<>();
    AccountPrincipal recipient = recipient(actor, input, errors);
    Set<DataPart> parts = DataPart.parse(input == null ? null : input.parts(), errors);
    Instant expiresAt = expiry(input, now, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    ConsentGrant grant = new ConsentGrant(companyId, recipient.id(), parts, now, expiresAt);
    em.persist(grant);
    em.flush();
    tellRecipient(companyId, recipient.id(), parts);
    return view(grant, recipient, now);
  }

  @Transactional
  public List<ConsentView> grants(AccountPrincipal actor, long companyId) {
    access.change(actor, companyId);
    Instant now = clock.instant();
    return em.createQuery("select g from ConsentGrant g where g.companyId = :c order by g.grantedAt desc, g.id desc",
            ConsentGrant.class)
        .setParameter("c", companyId).getResultStream()
        .map(g -> view(g, accounts.byId(g.recipientAccountId()).orElseThrow(), now)).toList();
  }

  @Transactional
  public ConsentView grant(AccountPrincipal actor, long companyId, long grantId) {
    access.change(actor, companyId);
    ConsentGrant g = find(companyId, grantId);
    return view(g, accounts.byId(g.recipientAccountId()).orElseThrow(), clock.instant());
  }

  /** Ends a grant now; revoking an already revoked grant changes nothing. */
  @Transactional
  public void revoke(AccountPrincipal actor, long companyId, long grantId) {
    access.change(actor, companyId);
    find(companyId, grantId).revoke(clock.instant());
  }

  @Transactional
  public List<AccessLogView> accessLog(AccountPrincipal actor, long companyId) {
    access.change(actor, companyId);
    return em.createQuery("select e from AccessLogEntry e where e.companyId = :c order by e.readAt desc, e.id desc",
            AccessLogEntry.class)
        .setParameter("c", companyId).setMaxResults(500).getResultStream()
        .map(e -> new AccessLogView(e.readAt(), e.readerEmail(), e.via().name(), sorted(e.parts()))).toList();
  }

  /**
   * Tells the recipient, in the app and by mail, in this transaction; the company's name only when
   * the grant shares the profile, as in the shared view.
   */
  private void tellRecipient(long companyId, long recipientId, Set<DataPart> parts) {
    List<Reason> shared = sorted(parts).stream().map(p -> Reason.of(p.nameKey())).toList();
    boolean named = parts.contains(DataPart.PROFILE);
    List<Object> args = named ? List.of(em.find(Company.class, companyId).profile().name(), shared) : List.of(shared);
    notifier.notify(recipientId, named ? "notification.consentGranted" : "notification.consentGrantedUnnamed", args,
        "/account/shared.xhtml");
  }

  private ConsentGrant find(long companyId, long grantId) {
    ConsentGrant g = em.find(ConsentGrant.class, grantId);
    if (g == null || g.companyId() != companyId) {
      throw new NotFoundException("error.consent-not-found");
    }
    return g;
  }

  private AccountPrincipal recipient(AccountPrincipal actor, ConsentInput input, List<FieldError> errors) {
    String email = input == null ? null : input.recipientEmail();
    if (email == null || email.isBlank()) {
      errors.add(FieldError.of("recipientEmail", "consent.recipient.required"));
      return null;
    }
    var found = accounts.byEmail(email).filter(a -> RECIPIENT_ROLES.contains(a.role()))
        .filter(a -> a.id() != actor.id());
    if (found.isEmpty()) {
      errors.add(FieldError.of("recipientEmail", "consent.recipient.unknown"));
      return null;
    }
    return found.get();
  }

  private static Instant expiry(ConsentInput input, Instant now, List<FieldError> errors) {
    String text = input == null ? null : input.expiresAt();
    if (text == null || text.isBlank()) {
      return null;
    }
    Instant at;
    try {
      at = text.endsWith("Z") ? Instant.parse(text) : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(FieldError.of("expiresAt", "consent.expiresAt.invalid"));
      return null;
    }
    if (!at.isAfter(now)) {
      errors.add(FieldError.of("expiresAt", "consent.expiresAt.past"));
    } else if (at.isAfter(now.plus(MAX_DURATION))) {
      errors.add(FieldError.of("expiresAt", "consent.expiresAt.tooFar"));
    }
    return at;
  }

  private static List<DataPart> sorted(Set<DataPart> parts) {
    return parts.stream().sorted().toList();
  }

  private static ConsentView view(ConsentGrant g, AccountPrincipal recipient, Instant now) {
    return new ConsentView(g.id(), recipient.email(), recipient.displayName(), recipient.role().name(),
        sorted(g.parts()), g.grantedAt(), g.expiresAt().orElse(null), g.revokedAt().orElse(null),
        g.isLive(now));
  }
}
