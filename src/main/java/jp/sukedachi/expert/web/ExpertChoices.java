package jp.sukedachi.expert.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.sukedachi.expert.application.ExpertReference;
import jp.sukedachi.expert.application.Skills;
import jp.sukedachi.guidance.application.CatalogueService;
import jp.sukedachi.guidance.domain.Catalogue;
import jp.sukedachi.guidance.domain.Measure;
import jp.sukedachi.platform.Texts;

/**
 * The choices of an expert's profile with labels in the reader's language: the catalogue's areas
 * (each naming the measures an expert can deliver in it), those measures one by one,
 * prefectures, industries and languages; and the label of any skill code.
 */
@ApplicationScoped
public class ExpertChoices {
  /** Japanese first, then English, then the languages of Japan's largest groups of foreign residents. */
  private static final List<String> LANGUAGE_ORDER = List.of("ja", "en", "zh", "ko", "vi", "pt", "es", "tl");

  @Inject CatalogueService catalogues;
  @Inject ExpertReference reference;

  /** A choice in a list. */
  public record Option(String code, String label) implements Serializable {}

  /** The areas with expert-deliverable measures, in catalogue order, each naming its measures. */
  public List<Option> areas(Locale locale) {
    List<Option> out = new ArrayList<>();
    byArea().forEach((area, measures) -> out.add(new Option(area, Texts.message(locale, "expertProfile.areaOption",
        areaName(locale, area), String.join(Texts.message(locale, "expertProfile.listSeparator"),
            measures.stream().map(m -> m.title().in(locale)).toList())))));
    return out;
  }

  /** The measures an expert can deliver, one by one, "CODE title". */
  public List<Option> measures(Locale locale) {
    return byArea().values().stream().flatMap(List::stream)
        .map(m -> new Option(m.code(), m.code() + " " + m.title().in(locale))).toList();
  }

  public List<Option> prefectures(Locale locale) {
    return reference.regions().keySet().stream().sorted()
        .map(c -> new Option(c, Texts.message(locale, "match.prefecture." + c))).toList();
  }

  public List<Option> industries(Locale locale) {
    return reference.industries().stream().sorted()
        .map(c -> new Option(c, Texts.message(locale, "industry." + c))).toList();
  }

  public List<Option> languages(Locale locale) {
    return LANGUAGE_ORDER.stream().filter(ExpertReference.LANGUAGES::contains)
        .map(c -> new Option(c, Texts.message(locale, "expert.language." + c))).toList();
  }

  /** What a skill code means: an area's name, or a measure's title. */
  public String skill(Locale locale, String code) {
    Catalogue c = catalogues.current();
    if (byArea().containsKey(code)) {
      return areaName(locale, code);
    }
    return c.measure(code).map(m -> m.title().in(locale)).orElse(code);
  }

  /** Whether a skill code is an area (else a single measure). */
  public boolean isArea(String code) {
    return byArea().containsKey(code);
  }

  private static String areaName(Locale locale, String area) {
    return Texts.message(locale, "expert.area." + area);
  }

  private Map<String, List<Measure>> byArea() {
    Map<String, List<Measure>> areas = new LinkedHashMap<>();
    for (Measure m : catalogues.current().measures()) {
      if (Skills.byExpert(m)) {
        areas.computeIfAbsent(m.area(), a -> new ArrayList<>()).add(m);
      }
    }
    return areas;
  }
}
