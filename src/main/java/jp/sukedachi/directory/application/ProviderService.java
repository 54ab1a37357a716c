package jp.sukedachi.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.domain.Role;
import jp.sukedachi.directory.domain.CorporateNumber;
import jp.sukedachi.directory.domain.Provider;
import jp.sukedachi.platform.ConflictException;
import jp.sukedachi.platform.FieldError;
import jp.sukedachi.platform.ForbiddenException;
import jp.sukedachi.platform.Inputs;
import jp.sukedachi.platform.NotFoundException;

/** A PROVIDER account registers and describes its company (one per account). */
@ApplicationScoped
public class ProviderService {
  @PersistenceContext EntityManager em;
  @Inject Inputs inputs;
  @Inject Clock clock;

  @Transactional
  public ProviderView register(AccountPrincipal actor, ProviderInput input) {
    if (!actor.is(Role.PROVIDER)) {
      throw new ForbiddenException("error.provider-only");
    }
    check(input);
    if (find(actor).isPresent()) {
      throw new ConflictException("error.provider.exists");
    }
    String number = CorporateNumber.parse(input.corporateNumber()).orElseThrow();
    requireNumberFree(number, null);
    Provider p = new Provider(actor.id(), input.name(), number, input.address(), input.contactEmail(), clock.instant());
    em.persist(p);
    flush();
    return view(p);
  }

  @Transactional
  public ProviderView describe(AccountPrincipal actor, ProviderInput input) {
    Provider p = own(actor);
    check(input);
    String number = CorporateNumber.parse(input.corporateNumber()).orElseThrow();
    requireNumberFree(number, p.id());
    p.describe(input.name(), number, input.address(), input.contactEmail(), clock.instant());
    flush();
    return view(p);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ProviderView> mine(AccountPrincipal actor) {
    return find(actor).map(ProviderService::view);
  }

  /** The caller's provider company; none yet is a conflict with what the caller asks for. */
  Provider own(AccountPrincipal actor) {
    return find(actor).orElseThrow(() -> new NotFoundException("error.provider.none"));
  }

  Optional<Provider> find(AccountPrincipal actor) {
    return em.createQuery("select p from Provider p where p.ownerAccountId = :o", Provider.class)
        .setParameter("o", actor.id()).getResultStream().findFirst();
  }

  private void check(ProviderInput input) {
    String number = input == null ? null : input.corporateNumber();
    List<FieldError> more = number != null && !number.isBlank() && !CorporateNumber.isValid(number)
        ? List.of(FieldError.of("corporateNumber", "provider.corporateNumber.checkDigit"))
        : List.of();
    Validation.check(inputs, input == null ? new ProviderInput(null, null, null, null) : input, more);
  }

  private void requireNumberFree(String number, Long self) {
    boolean taken = em.createQuery("select p.id from Provider p where p.corporateNumber = :n", Long.class)
        .setParameter("n", number).getResultStream().anyMatch(id -> !id.equals(self));
    if (taken) {
      throw new ConflictException("error.provider.corporate-number-taken");
    }
  }

  private void flush() {
    try {
      em.flush();
    } catch (PersistenceException raceOnTheSameAccountOrNumber) {
      throw new ConflictException("error.provider.exists");
    }
  }

  private static ProviderView view(Provider p) {
    return new ProviderView(p.id(), p.name(), p.corporateNumber(), p.address(), p.contactEmail());
  }
}
