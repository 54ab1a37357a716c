package jp.sukedachi.guidance.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One version of the measure catalogue and its threats, as loaded from {@code ddl/}. */
public record Catalogue(String version, List<Threat> threats, List<Measure> measures) {
  public Catalogue {
    threats = List.copyOf(threats);
    measures = List.copyOf(measures);
  }

  public Optional<Measure> measure(String code) {
    return measures.stream().filter(m -> m.code().equals(code)).findFirst();
  }

  public Map<String, Threat> threatsByCode() {
    Map<String, Threat> m = new LinkedHashMap<>();
    threats.forEach(t -> m.put(t.code(), t));
    return m;
  }
}
