package jp.sukedachi.guidance.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import jp.sukedachi.guidance.domain.Plan;

/**
 * Remembers recent plans by their fingerprint (catalogue version, situation and budget). The
 * planner is a pure function of those, so a remembered plan is exactly the plan that would be
 * computed again, on any instance; nothing a user saved lives only here. Bounded (least recently
 * used plans are dropped), so memory stays flat.
 */
@ApplicationScoped
public class PlanCache {
  static final int CAPACITY = 1_000;

  private final Map<String, Plan> plans = Collections.synchronizedMap(
      new LinkedHashMap<>(CAPACITY * 4 / 3 + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Plan> eldest) {
          return size() > CAPACITY;
        }
      });

  public Plan plan(String fingerprint, Supplier<Plan> compute) {
    Plan cached = plans.get(fingerprint);
    if (cached != null) {
      return cached;
    }
    Plan computed = compute.get();
    plans.put(fingerprint, computed);
    return computed;
  }
}
