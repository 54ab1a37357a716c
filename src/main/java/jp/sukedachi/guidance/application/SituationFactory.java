package jp.sukedachi.guidance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import jp.sukedachi.assessment.domain.Company;
import jp.sukedachi.assessment.domain.InformationAsset;
import jp.sukedachi.assessment.domain.ItAsset;
import jp.sukedachi.assessment.facts.PersonalInfo;
import jp.sukedachi.assessment.domain.SelfCheck;
import jp.sukedachi.guidance.domain.AssetSummary;
import jp.sukedachi.guidance.domain.MeasureProgress;
import jp.sukedachi.guidance.domain.ProgressStatus;
import jp.sukedachi.guidance.domain.Situation;
import jp.sukedachi.guidance.domain.Threat;

/** Gathers what the risk model needs about a company from what the SME has entered. */
@ApplicationScoped
public class SituationFactory {
  @PersistenceContext EntityManager em;

  public Situation of(Company company) {
    long id = company.id();
    AssetSummary assets = AssetSummary.of(
        em.createQuery("select a from ItAsset a where a.companyId = :c", ItAsset.class)
            .setParameter("c", id).getResultStream().map(ItAsset::details).toList());
    Map<Threat.ImpactAxis, Integer> ratings = new EnumMap<>(Threat.ImpactAxis.class);
    Set<PersonalInfo> personal = EnumSet.noneOf(PersonalInfo.class);
    for (InformationAsset a : em.createQuery(
        "select a from InformationAsset a where a.companyId = :c", InformationAsset.class)
        .setParameter("c", id).getResultList()) {
      InformationAsset.Details d = a.details();
      ratings.merge(Threat.ImpactAxis.C, d.confidentiality(), Math::max);
      ratings.merge(Threat.ImpactAxis.I, d.integrity(), Math::max);
      ratings.merge(Threat.ImpactAxis.A, d.availability(), Math::max);
      personal.add(d.personalInfo());
    }
    var latest = em.createQuery(
            "select s from SelfCheck s where s.companyId = :c order by s.takenAt desc, s.id desc", SelfCheck.class)
        .setParameter("c", id).setMaxResults(1).getResultStream().findFirst();
    Set<String> done = new HashSet<>();
    em.createQuery("select p from MeasureProgress p where p.companyId = :c", MeasureProgress.class)
        .setParameter("c", id).getResultList().stream()
        .filter(p -> p.status() == ProgressStatus.DONE).forEach(p -> done.add(p.measureCode()));
    var profile = company.profile();
    return new Situation(profile.employees(), profile.sites(), company.sizeClass().sme(),
        company.sizeClass().smallEnterprise(),
        assets.counts(), assets.unsupportedGroups(), assets.internetFacingGroups(), ratings, personal,
        latest.map(SelfCheck::answers).orElse(Map.of()), done);
  }
}
