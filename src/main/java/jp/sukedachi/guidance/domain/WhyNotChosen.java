package jp.sukedachi.guidance.domain;

import java.util.List;
import jp.sukedachi.guidance.domain.Planner.Candidate;
import jp.sukedachi.platform.Reason;

/**
 * Why a useful measure is not in the plan: another way of doing the same thing was chosen; it
 * does not fit the budget even on its own; or it would fit but the budget went to a chosen item
 * that removes more per yen (or per hour), which it names.
 */
final class WhyNotChosen {
  private final List<Candidate> candidates;
  private final double[] risk;
  private final Budget budget;
  private final boolean[] chosen;

  WhyNotChosen(List<Candidate> candidates, double[] risk, Budget budget, boolean[] chosen) {
    this.candidates = candidates;
    this.risk = risk;
    this.budget = budget;
    this.chosen = chosen;
  }

  Reason reason(int i) {
    Knapsack.Item it = candidates.get(i).item();
    for (int j = 0; j < chosen.length; j++) {
      if (chosen[j] && (it.conflicts().contains(j) || candidates.get(j).item().conflicts().contains(i))) {
        return Reason.of("plan.reason.alternativeChosen", candidates.get(j).measure().title());
      }
    }
    long monthly = it.monthlyYen();
    long oneOff = it.oneOffYen();
    double hours = it.hours();
    for (int p : it.prerequisites()) {
      if (!chosen[p]) {
        monthly += candidates.get(p).item().monthlyYen();
        oneOff += candidates.get(p).item().oneOffYen();
        hours += candidates.get(p).item().hours();
      }
    }
    if (monthly > budget.monthlyYen()) {
      return Reason.of("plan.reason.overMonthly", monthly, budget.monthlyYen());
    }
    if (oneOff > budget.oneOffYen()) {
      return Reason.of("plan.reason.overOneOff", oneOff, budget.oneOffYen());
    }
    if (hours > budget.hours() + 1e-9) {
      return Reason.of("plan.reason.overHours", hours, budget.hours());
    }
    long usedMonthly = 0;
    long usedOneOff = 0;
    double usedHours = 0;
    for (int j = 0; j < chosen.length; j++) {
      if (chosen[j]) {
        usedMonthly += candidates.get(j).item().monthlyYen();
        usedOneOff += candidates.get(j).item().oneOffYen();
        usedHours += candidates.get(j).item().hours();
      }
    }
    Resource short_ = usedMonthly + monthly > budget.monthlyYen() ? Resource.MONTHLY
        : usedOneOff + oneOff > budget.oneOffYen() ? Resource.ONE_OFF
        : usedHours + hours > budget.hours() + 1e-9 ? Resource.HOURS : null;
    if (short_ == null) {
      return Reason.of("plan.reason.lessUseful");
    }
    int displacing = -1;
    double lowest = Double.MAX_VALUE;
    for (int j = 0; j < chosen.length; j++) {
      double use = short_.of(candidates.get(j).item());
      if (chosen[j] && use > 0) {
        double perUnit = standaloneGain(j) / use;
        if (perUnit < lowest) {
          lowest = perUnit;
          displacing = j;
        }
      }
    }
    return displacing < 0 ? Reason.of("plan.reason.lessUseful")
        : Reason.of("plan.reason.displaced." + short_.name(), candidates.get(displacing).measure().title());
  }

  private double standaloneGain(int j) {
    double g = 0;
    double[] s = candidates.get(j).item().strength();
    for (int t = 0; t < risk.length; t++) {
      g += risk[t] * s[t];
    }
    return g;
  }

  /** A budget limit a chosen item uses. */
  private enum Resource {
    MONTHLY, ONE_OFF, HOURS;

    double of(Knapsack.Item it) {
      return switch (this) {
        case MONTHLY -> it.monthlyYen();
        case ONE_OFF -> it.oneOffYen();
        case HOURS -> it.hours();
      };
    }
  }
}
