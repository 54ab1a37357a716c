package jp.sukedachi.assessment.facts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import jp.sukedachi.assessment.domain.Company;
import jp.sukedachi.assessment.domain.InformationAsset;
import jp.sukedachi.assessment.domain.ItAsset;
import jp.sukedachi.assessment.domain.LegalForm;
import jp.sukedachi.assessment.domain.SelfCheck;

/**
 * The one way other capabilities read a company: its facts as one record. It does not decide
 * who may read them; callers ask {@code AccessPolicy} first.
 */
@ApplicationScoped
public class CompanyFactsQuery {
  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<CompanyFacts> of(long companyId) {
    Company company = em.find(Company.class, companyId);
    if (company == null) {
      return Optional.empty();
    }
    var assets = em.createQuery("select a from ItAsset a where a.companyId = :c order by a.id", ItAsset.class)
        .setParameter("c", companyId).getResultStream().map(ItAsset::details)
        .map(d -> new CompanyFacts.AssetGroup(d.type().name(), d.count(), d.internetFacing(),
            d.vendorSupported(), d.hosted()))
        .toList();
    var register = em.createQuery(
            "select a from InformationAsset a where a.companyId = :c order by a.id", InformationAsset.class)
        .setParameter("c", companyId).getResultStream()
        .map(a -> {
          var d = a.details();
          return new CompanyFacts.InformationAssetFact(d.name(), d.businessArea(), d.storageMedia(),
              d.personalInfo(), d.confidentiality(), d.integrity(), d.availability(), a.importance());
        })
        .toList();
    var latest = em.createQuery(
            "select s from SelfCheck s where s.companyId = :c order by s.takenAt desc, s.id desc", SelfCheck.class)
        .setParameter("c", companyId).setMaxResults(1).getResultStream().findFirst()
        .map(s -> new CompanyFacts.SelfCheckFact(s.takenAt(), s.result().score(),
            s.result().band().name(), s.answers()))
        .orElse(null);
    var p = company.profile();
    var size = company.sizeClass();
    return Optional.of(new CompanyFacts(companyId, p.name(), p.legalForm() == LegalForm.SOLE_PROPRIETOR,
        p.industry().name(), p.prefecture(), p.employees(), p.sites(), size.sme(),
        size.smallEnterprise(), p.monthlyBudgetYen(), p.oneOffBudgetYen(), assets, register, latest,
        p.signals()));
  }
}
