package jp.sukedachi.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.domain.Role;
import jp.sukedachi.directory.domain.ListedService;
import jp.sukedachi.directory.domain.Prefectures;
import jp.sukedachi.directory.domain.Provider;
import jp.sukedachi.directory.domain.ServiceStandard;
import jp.sukedachi.directory.domain.ServiceTerms;
import jp.sukedachi.platform.ConflictException;
import jp.sukedachi.platform.FieldError;
import jp.sukedachi.platform.Inputs;
import jp.sukedachi.platform.NotFoundException;

/**
 * A provider lists a service, edits it, submits it for review and withdraws it; anyone signed in
 * reads a published service. A provider sees only its own services: another's is not found.
 */
@ApplicationScoped
public class ServiceListings {
  static final String NOT_FOUND = "error.service-not-found";
  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  /** The first services were registered in March 2021. */
  private static final LocalDate FIRST_REGISTRATION = LocalDate.of(2021, 1, 1);
  private static final int MAX_LIST = 100;

  @PersistenceContext EntityManager em;
  @Inject Inputs inputs;
  @Inject Clock clock;
  @Inject ProviderService providers;
  @Inject DirectoryReference reference;
  @Inject ServiceHistories histories;

  @Transactional
  public ServiceView create(AccountPrincipal actor, ServiceInput input) {
    Provider provider = providers.find(actor).orElseThrow(() -> new ConflictException("error.provider.required"));
    ServiceTerms terms = validated(input);
    ListedService s = new ListedService(provider.id(), terms, reference.catalogueVersion(), actor.id(), clock.instant());
    em.persist(s);
    Store.flush(em);
    return Views.full(s, provider);
  }

  @Transactional
  public ServiceView edit(AccountPrincipal actor, long id, ServiceInput input) {
    Owned o = own(actor, id);
    ServiceTerms terms = validated(input);
    o.service().edit(terms, reference.catalogueVersion(), actor.id(), clock.instant());
    Store.flush(em);
    return Views.full(o.service(), o.provider());
  }

  @Transactional
  public ServiceView submit(AccountPrincipal actor, long id) {
    Owned o = own(actor, id);
    o.service().submit(actor.id(), clock.instant());
    Store.flush(em);
    return Views.full(o.service(), o.provider());
  }

  @Transactional
  public ServiceView withdraw(AccountPrincipal actor, long id, ReasonInput input) {
    Owned o = own(actor, id);
    String reason = inputs.check(input == null ? new ReasonInput(null) : input).reason();
    o.service().withdraw(actor.id(), reason, clock.instant());
    Store.flush(em);
    return Views.full(o.service(), o.provider());
  }

  /** The provider's own services in every state, oldest first. */
  @Transactional
  public List<ServiceSummary> mine(AccountPrincipal actor) {
    Optional<Provider> provider = providers.find(actor);
    if (provider.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select s from ListedService s where s.providerId = :p order by s.id", ListedService.class)
        .setParameter("p", provider.get().id()).getResultStream()
        .map(s -> Views.summary(s, provider.get())).toList();
  }

  /** Everything for its provider and an operator; for anyone else the published revision, if shown. */
  @Transactional
  public ServiceView get(AccountPrincipal actor, long id) {
    ListedService s = find(id);
    Provider p = em.find(Provider.class, s.providerId());
    if (p.ownerAccountId() == actor.id() || actor.is(Role.ADMIN)) {
      return Views.full(s, p);
    }
    if (!s.isVisible()) {
      throw new NotFoundException(NOT_FOUND);
    }
    return Views.published(s, p);
  }

  /** Its provider's and the operators' view of every revision and step. */
  @Transactional
  public ServiceHistory history(AccountPrincipal actor, long id) {
    ListedService s = find(id);
    Provider p = em.find(Provider.class, s.providerId());
    if (p.ownerAccountId() != actor.id() && !actor.is(Role.ADMIN)) {
      throw new NotFoundException(NOT_FOUND);
    }
    return histories.of(s);
  }

  /** What the standard says about terms being typed: checked at every change, nothing saved. */
  public List<ServiceStandard.Violation> check(ServiceInput input) {
    return ServiceStandard.check((input == null ? ServiceInput.empty() : input).toTerms());
  }

  private record Owned(ListedService service, Provider provider) {}

  private Owned own(AccountPrincipal actor, long id) {
    ListedService s = em.find(ListedService.class, id);
    Provider p = s == null ? null : em.find(Provider.class, s.providerId());
    if (p == null || p.ownerAccountId() != actor.id()) {
      throw new NotFoundException(NOT_FOUND);
    }
    return new Owned(s, p);
  }

  ListedService find(long id) {
    ListedService s = em.find(ListedService.class, id);
    if (s == null) {
      throw new NotFoundException(NOT_FOUND);
    }
    return s;
  }

  /** Bean Validation and the references (prefectures, industries, measures, dates), all reported at once. */
  private ServiceTerms validated(ServiceInput input) {
    ServiceInput in = input == null ? ServiceInput.empty() : input;
    List<FieldError> more = new ArrayList<>();
    codes(in.dispatchPrefectures(), "dispatchPrefectures", Prefectures::isCode, "service.prefecture.unknown", more);
    Set<String> industries = reference.industryCodes();
    codes(in.industries(), "industries", industries::contains, "service.industry.unknown", more);
    codes(in.measureCodes(), "measureCodes", reference::isMeasure, "service.measure.unknown", more);
    order(in.minEmployees(), in.maxEmployees(), "maxEmployees", "service.employees.order", more);
    order(in.minDevices(), in.maxDevices(), "maxDevices", "service.devices.order", more);
    registrationDate(in.ipaRegisteredOn(), more);
    Validation.check(inputs, in, more);
    return in.toTerms();
  }

  private static void codes(List<String> codes, String field, Predicate<String> known, String key,
      List<FieldError> errors) {
    if (codes == null) {
      return;
    }
    if (codes.size() > MAX_LIST) {
      errors.add(FieldError.of(field, "service.list.size", MAX_LIST));
      return;
    }
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i) == null ? null : codes.get(i).strip();
      if (!known.test(code)) {
        errors.add(FieldError.of(field + "[" + i + "]", key, Validation.quote(code)));
      }
    }
  }

  private static void order(Integer min, Integer max, String field, String key, List<FieldError> errors) {
    if (min != null && max != null && min > max) {
      errors.add(FieldError.of(field, key));
    }
  }

  private void registrationDate(String text, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return;
    }
    LocalDate date = ServiceInput.date(text);
    if (date == null) {
      errors.add(FieldError.of("ipaRegisteredOn", "service.ipaRegisteredOn.invalid"));
    } else if (date.isBefore(FIRST_REGISTRATION) || date.isAfter(LocalDate.now(clock.withZone(JAPAN)))) {
      errors.add(FieldError.of("ipaRegisteredOn", "service.ipaRegisteredOn.range"));
    }
  }
}
