package jp.sukedachi.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.assessment.domain.Company;
import jp.sukedachi.platform.NotFoundException;

/**
 * Loads a company only for its owner. Anyone else gets "not found", so ids of other companies
 * reveal nothing.
 */
@ApplicationScoped
public class Owned {
  @PersistenceContext EntityManager em;

  public Company company(AccountPrincipal actor, long companyId) {
    Company c = em.find(Company.class, companyId);
    if (c == null || actor == null || !c.isOwnedBy(actor.id())) {
      throw new NotFoundException("error.company-not-found");
    }
    return c;
  }
}
