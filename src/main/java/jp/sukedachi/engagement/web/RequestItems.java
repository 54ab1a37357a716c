package jp.sukedachi.engagement.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.sukedachi.expert.application.Skills;
import jp.sukedachi.guidance.application.CatalogueService;
import jp.sukedachi.matching.application.ExpertMatches;
import jp.sukedachi.matching.domain.ExpertNeed;
import jp.sukedachi.platform.Bilingual;

/**
 * The plan items a request to an expert can be about: the company's open items an expert can
 * help with that this expert's skills cover (all of them when its skills cover none).
 */
@ApplicationScoped
public class RequestItems {
  @Inject ExpertMatches matches;
  @Inject CatalogueService catalogues;

  /** One item to tick, highest risk first as the plan ranks them. */
  public record Choice(String code, Bilingual title, boolean needsPresence) implements Serializable {}

  /** For the company's owner only: the caller has checked that the company is its own. */
  public List<Choice> covered(long companyId, List<String> skills) {
    Set<String> measures = Skills.measures(catalogues.current(), new HashSet<>(skills));
    List<ExpertNeed> needs = matches.needs(companyId).needs();
    List<ExpertNeed> covered = needs.stream().filter(n -> measures.contains(n.measureCode())).toList();
    return (covered.isEmpty() ? needs : covered).stream()
        .map(n -> new Choice(n.measureCode(), n.title(), n.needsPresence())).toList();
  }
}
