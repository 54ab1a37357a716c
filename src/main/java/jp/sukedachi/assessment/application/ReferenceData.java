package jp.sukedachi.assessment.application;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/** Reference data kept in {@code ddl/}: prefectures and the wording of the self-check items. */
@ApplicationScoped
public class ReferenceData {
  @PersistenceContext EntityManager em;

  /** A choice in a list. */
  public record Option(String code, String label) implements Serializable {}

  /** One self-check item in the reader's language. */
  public record Item(int no, int part, String text) implements Serializable {}

  public List<Option> prefectures(Locale locale) {
    String column = english(locale) ? "name_en" : "name_ja";
    List<?> rows = em.createNativeQuery("select code, " + column + " from prefecture order by code")
        .getResultList();
    return rows.stream().map(r -> (Object[]) r)
        .map(r -> new Option(r[0].toString().strip(), r[1].toString())).toList();
  }

  public List<Item> selfCheckItems(Locale locale) {
    String column = english(locale) ? "text_en" : "text_ja";
    List<?> rows = em.createNativeQuery("select item_no, part, " + column + " from self_check_item order by item_no")
        .getResultList();
    return rows.stream().map(r -> (Object[]) r)
        .map(r -> new Item(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), r[2].toString()))
        .toList();
  }

  private static boolean english(Locale locale) {
    return "en".equals(locale.getLanguage());
  }
}
