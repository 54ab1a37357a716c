package jp.sukedachi.engagement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import jp.sukedachi.account.application.AccountDirectory;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.domain.Role;
import jp.sukedachi.assessment.access.AccessPolicy;
import jp.sukedachi.assessment.access.ConsentInput;
import jp.sukedachi.assessment.access.ConsentService;
import jp.sukedachi.assessment.access.ConsentView;
import jp.sukedachi.assessment.access.DataPart;
import jp.sukedachi.directory.application.PublishedServices;
import jp.sukedachi.directory.domain.Provider;
import jp.sukedachi.directory.domain.PublishedService;
import jp.sukedachi.engagement.domain.Inquiry;
import jp.sukedachi.engagement.domain.InquiryMessage;
import jp.sukedachi.engagement.domain.InquiryRules;
import jp.sukedachi.engagement.domain.InquiryStatus;
import jp.sukedachi.engagement.domain.Side;
import jp.sukedachi.notification.application.Notifier;
import jp.sukedachi.platform.ConflictException;
import jp.sukedachi.platform.FieldError;
import jp.sukedachi.platform.InvalidInputException;
import jp.sukedachi.platform.NotFoundException;
import jp.sukedachi.platform.Reason;
import jp.sukedachi.sharing.application.SharedCompany;
import jp.sukedachi.sharing.application.SharedCompanyService;

/**
 * Inquiries with consent: an SME asks a provider about a published service and shares chosen
 * parts of its data through an ordinary consent grant to the provider's account, made in the same
 * transaction; both sides then write in the thread and move its status. Anyone on neither side
 * is told the inquiry does not exist.
 */
@ApplicationScoped
public class Inquiries {
  private static final String NOT_FOUND = "error.inquiry-not-found";

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject ConsentService consents;
  @Inject SharedCompanyService shared;
  @Inject PublishedServices published;
  @Inject AccountDirectory accounts;
  @Inject Notifier notifier;
  @Inject Clock clock;

  /** Sends an inquiry: the grant, the inquiry and its first message, or nothing at all. */
  @Transactional
  public InquirySummary send(AccountPrincipal actor, InquiryInput input) {
    List<FieldError> errors = new ArrayList<>();
    if (input == null || input.companyId() == null) {
      errors.add(FieldError.of("companyId", "inquiry.company.required"));
    } else {
      access.change(actor, input.companyId());
    }
    if (input == null || input.serviceId() == null) {
      errors.add(FieldError.of("serviceId", "inquiry.service.required"));
    }
    errors.addAll(InquiryRules.message("message", input == null ? null : input.message()));
    List<String> parts = input == null || input.parts() == null ? List.of() : input.parts();
    DataPart.parse(parts, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    PublishedService service = service(input.serviceId());
    Provider provider = em.find(Provider.class, service.providerId());
    AccountPrincipal recipient = accounts.byId(provider.ownerAccountId())
        .orElseThrow(() -> new NotFoundException("error.service-not-found"));
    ConsentView grant = consents.grant(actor, input.companyId(), new ConsentInput(recipient.email(), parts, null));
    Instant now = clock.instant();
    Inquiry inquiry = new Inquiry(service.serviceId(), service.name(), service.providerId(), service.providerName(),
        recipient.id(), input.companyId(), actor.id(), grant.id(), now);
    em.persist(inquiry);
    em.flush();
    em.persist(new InquiryMessage(inquiry.id(), actor.id(), Side.SME, input.message(), now));
    notifier.notify(recipient.id(), "notification.inquiryReceived", List.of(service.name()),
        link(Side.PROVIDER, inquiry.id()));
    return summary(inquiry);
  }

  /** The caller's inquiries, newest activity first: its company's for an SME, those sent to it for a provider. */
  @Transactional
  public List<InquirySummary> mine(AccountPrincipal actor) {
    if (actor.is(Role.PROVIDER)) {
      return em.createQuery("select i from Inquiry i where i.providerAccountId = :a order by i.updatedAt desc, i.id desc",
          Inquiry.class).setParameter("a", actor.id()).getResultStream().map(Inquiries::summary).toList();
    }
    return access.ownCompany(actor)
        .map(c -> em.createQuery("select i from Inquiry i where i.companyId = :c order by i.updatedAt desc, i.id desc",
            Inquiry.class).setParameter("c", c).getResultStream().map(Inquiries::summary).toList())
        .orElse(List.of());
  }

  /** One thread as the caller's side sees it; the provider sees the shared data only while a grant is live. */
  @Transactional
  public InquiryThread thread(AccountPrincipal actor, long id) {
    Inquiry i = find(id);
    Side side = sideOf(actor, i);
    List<InquiryThread.Message> messages = em.createQuery(
            "select m from InquiryMessage m where m.inquiryId = :i order by m.sentAt, m.id", InquiryMessage.class)
        .setParameter("i", id).getResultStream()
        .map(m -> new InquiryThread.Message(m.id(), m.authorSide(), m.authorSide() == side, m.body(), m.sentAt()))
        .toList();
    List<InquiryStatus> allowed = i.status() == null ? List.of() : Arrays.stream(InquiryStatus.values())
        .filter(s -> i.status().allows(side, s)).toList();
    if (side == Side.SME) {
      ConsentView grant = consents.grant(actor, i.companyId(), i.consentGrantId());
      return thread(i, side, grant.parts(), grant.live(), null, messages, allowed);
    }
    return thread(i, side, List.of(), false, shared.readIfShared(actor, i.companyId()), messages, allowed);
  }

  /** Adds a message; a provider's first one marks a new inquiry ANSWERED. Tells the other side. */
  @Transactional
  public InquiryThread.Message write(AccountPrincipal actor, long id, String text) {
    Inquiry i = find(id);
    Side side = sideOf(actor, i);
    List<FieldError> errors = InquiryRules.message("text", text);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (!i.status().acceptsMessages()) {
      throw new ConflictException("inquiry.closed");
    }
    Instant now = clock.instant();
    InquiryMessage m = new InquiryMessage(id, actor.id(), side, text, now);
    em.persist(m);
    InquiryStatus next = i.status().afterMessageFrom(side);
    if (next != i.status()) {
      move(id, i.status(), next, now);
    } else {
      touch(id, now);
    }
    em.flush();
    Side other = side == Side.SME ? Side.PROVIDER : Side.SME;
    notifier.notify(i.counterpartOf(side),
        side == Side.SME ? "notification.inquiryMessage" : "notification.inquiryAnswered",
        List.of(i.serviceName(), i.providerName()), link(other, id));
    return new InquiryThread.Message(m.id(), side, true, m.body(), m.sentAt());
  }

  /**
   * Moves the inquiry to another status if the caller's side may (see {@link InquiryStatus}); of
   * two concurrent changes one wins and the other hears that the status changed meanwhile.
   */
  @Transactional
  public InquiryStatus changeStatus(AccountPrincipal actor, long id, String status) {
    Inquiry i = find(id);
    Side side = sideOf(actor, i);
    InquiryStatus target = InquiryStatus.parse(status);
    if (target == null) {
      throw InvalidInputException.of("status", "inquiry.status.unknown", String.valueOf(status));
    }
    if (!i.status().allows(side, target)) {
      throw new ConflictException("inquiry.status.notAllowed", Reason.of(i.status().nameKey()),
          Reason.of(target.nameKey()));
    }
    move(id, i.status(), target, clock.instant());
    Side other = side == Side.SME ? Side.PROVIDER : Side.SME;
    notifier.notify(i.counterpartOf(side), "notification.inquiryStatus",
        List.of(i.serviceName(), Reason.of(target.nameKey())), link(other, id));
    return target;
  }

  /** What the recipient would see if the SME shared these parts: the owner's own view, cut down. */
  @Transactional
  public SharedCompany preview(AccountPrincipal owner, long companyId, Set<DataPart> parts) {
    return shared.preview(owner, companyId, parts);
  }

  /** The published service of this id, with its name and provider; an unpublished one does not exist. */
  @Transactional
  public PublishedService service(long serviceId) {
    return published.one(serviceId).orElseThrow(() -> new NotFoundException("error.service-not-found"));
  }

  /** Conditional on the status read: a concurrent change leaves no row to update. */
  private void move(long id, InquiryStatus from, InquiryStatus to, Instant now) {
    int changed = em.createQuery("update Inquiry i set i.status = :to, i.updatedAt = :now "
            + "where i.id = :id and i.status = :from")
        .setParameter("to", to).setParameter("now", now).setParameter("id", id).setParameter("from", from)
        .executeUpdate();
    if (changed != 1) {
      throw new ConflictException("inquiry.status.changed");
    }
  }

  private void touch(long id, Instant now) {
    em.createQuery("update Inquiry i set i.updatedAt = :now where i.id = :id")
        .setParameter("now", now).setParameter("id", id).executeUpdate();
  }

  private Inquiry find(long id) {
    Inquiry i = em.find(Inquiry.class, id);
    if (i == null) {
      throw new NotFoundException(NOT_FOUND);
    }
    return i;
  }

  private Side sideOf(AccountPrincipal actor, Inquiry i) {
    Side side = null;
    if (actor.is(Role.PROVIDER)) {
      side = i.sideOf(actor.id(), null);
    } else if (actor.is(Role.SME)) {
      side = i.sideOf(-1, access.ownCompany(actor).orElse(null));
    }
    if (side == null) {
      throw new NotFoundException(NOT_FOUND);
    }
    return side;
  }

  private static String link(Side side, long id) {
    return (side == Side.SME ? "/sme/inquiries.xhtml?id=" : "/provider/inquiries.xhtml?id=") + id;
  }

  private static InquirySummary summary(Inquiry i) {
    return new InquirySummary(i.id(), i.serviceId(), i.serviceName(), i.providerName(), i.companyId(), i.status(),
        i.createdAt(), i.updatedAt());
  }

  private static InquiryThread thread(Inquiry i, Side side, List<DataPart> parts, boolean live, SharedCompany data,
      List<InquiryThread.Message> messages, List<InquiryStatus> allowed) {
    return new InquiryThread(i.id(), i.serviceId(), i.serviceName(), i.providerName(), i.companyId(), i.status(),
        side, i.consentGrantId(), parts, live, data, messages, allowed, i.createdAt());
  }
}
