package jp.sukedachi.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jp.sukedachi.guidance.application.CatalogueService;
import jp.sukedachi.guidance.domain.Measure;

/**
 * The choices a listing refers to: prefectures and industries (reference data of {@code ddl/V2})
 * and the measures of the current catalogue, with labels in the reader's language.
 */
@ApplicationScoped
public class DirectoryReference {
  @PersistenceContext EntityManager em;
  @Inject CatalogueService catalogue;

  /** A choice in a list. */
  public record Option(String code, String label) implements Serializable {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Option> prefectures(Locale locale) {
    return options("select code, " + (english(locale) ? "name_en" : "name_ja") + " from prefecture order by code");
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Option> industries(Locale locale) {
    return options("select code, " + (english(locale) ? "name_en" : "name_ja") + " from industry order by code");
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<String> industryCodes() {
    return industries(Locale.JAPANESE).stream().map(Option::code).collect(Collectors.toSet());
  }

  /** The current catalogue's measures, those an お助け隊 service delivers first, labelled "CODE title". */
  public List<Option> measures(Locale locale) {
    return catalogue.current().measures().stream()
        .sorted(Comparator.comparing((Measure m) -> !m.deliverers().contains(Measure.Deliverer.OTASUKETAI))
            .thenComparing(Measure::code))
        .map(m -> new Option(m.code(), m.code() + " " + m.title().in(locale)))
        .toList();
  }

  public boolean isMeasure(String code) {
    return code != null && catalogue.current().measure(code).isPresent();
  }

  public String catalogueVersion() {
    return catalogue.current().version();
  }

  private List<Option> options(String sql) {
    List<?> rows = em.createNativeQuery(sql).getResultList();
    return rows.stream().map(r -> (Object[]) r)
        .map(r -> new Option(r[0].toString().strip(), r[1].toString())).toList();
  }

  private static boolean english(Locale locale) {
    return "en".equals(locale.getLanguage());
  }
}
