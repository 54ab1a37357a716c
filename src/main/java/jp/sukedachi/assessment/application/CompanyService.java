package jp.sukedachi.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.domain.Role;
import jp.sukedachi.assessment.access.AccessPolicy;
import jp.sukedachi.assessment.access.DataPart;
import jp.sukedachi.assessment.domain.Company;
import jp.sukedachi.platform.ConflictException;
import jp.sukedachi.platform.FieldError;
import jp.sukedachi.platform.ForbiddenException;
import jp.sukedachi.platform.Inputs;
import jp.sukedachi.platform.InvalidInputException;

/** Use cases of the company profile. */
@ApplicationScoped
public class CompanyService {
  @PersistenceContext EntityManager em;
  @Inject Inputs inputs;
  @Inject AccessPolicy access;

  @Transactional
  public CompanyView register(AccountPrincipal actor, CompanyInput input) {
    if (!actor.is(Role.SME)) {
      throw new ForbiddenException("error.sme-only");
    }
    check(input);
    if (findOwnCompany(actor).isPresent()) {
      throw new ConflictException("error.company-exists");
    }
    Company company = new Company(actor.id(), input.toProfile(Set.of()));
    em.persist(company);
    em.flush();
    return view(company);
  }

  @Transactional
  public CompanyView describe(AccountPrincipal actor, long companyId, CompanyInput input) {
    access.change(actor, companyId);
    Company company = em.find(Company.class, companyId);
    check(input);
    company.describe(input.toProfile(company.profile().signals()));
    em.flush();
    return view(company);
  }

  @Transactional
  public CompanyView get(AccountPrincipal actor, long companyId) {
    access.workspace(actor, companyId, DataPart.PROFILE);
    return view(em.find(Company.class, companyId));
  }

  @Transactional
  public Optional<CompanyView> mine(AccountPrincipal actor) {
    return findOwnCompany(actor).map(CompanyService::view);
  }

  /** Every broken rule at once, the unknown signal codes among them; nothing is saved. */
  private void check(CompanyInput input) {
    List<FieldError> errors = new ArrayList<>();
    try {
      inputs.check(input);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    errors.addAll(input.signalErrors());
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private Optional<Company> findOwnCompany(AccountPrincipal actor) {
    return em.createQuery("select c from Company c where c.ownerAccountId = :o", Company.class)
        .setParameter("o", actor.id())
        .getResultStream()
        .findFirst();
  }

  private static CompanyView view(Company c) {
    return new CompanyView(c.id(), c.profile(), c.sizeClass());
  }
}
