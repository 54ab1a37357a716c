package jp.sukedachi.guidance.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.sukedachi.guidance.domain.Planner.Candidate;
import jp.sukedachi.platform.Reason;

/**
 * Why a useful measure is not in the plan: another way of doing the same thing was chosen; it
 * does not fit the budget even on its own; or it would fit, but the chosen items that would have
 * to go to make room on the short budget line together remove more, which it says, naming the
 * biggest of them; otherwise that the plan's combination removes more.
 */
final class WhyNotChosen {
  private final List<Candidate> candidates;
  private final double[] risk;
  private final Budget budget;
  private final boolean[] chosen;
  private final double[] removed;

  /** @param removed per candidate, the loss it removes in the plan (0 when not chosen) */
  WhyNotChosen(List<Candidate> candidates, double[] risk, Budget budget, boolean[] chosen, double[] removed) {
    this.candidates = candidates;
    this.risk = risk;
    this.budget = budget;
    this.chosen = chosen;
    this.removed = removed;
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
    Resource line = usedMonthly + monthly > budget.monthlyYen() ? Resource.MONTHLY
        : usedOneOff + oneOff > budget.oneOffYen() ? Resource.ONE_OFF
        : usedHours + hours > budget.hours() + 1e-9 ? Resource.HOURS : null;
    if (line == null) {
      return Reason.of("plan.reason.lessUseful");
    }
    double shortfall = line.of(usedMonthly, usedOneOff, usedHours) + line.of(monthly, oneOff, hours)
        - line.cap(budget);
    // The chosen items that would have to go to make room, the biggest users of that line first.
    List<Integer> users = new ArrayList<>();
    for (int j = 0; j < chosen.length; j++) {
      if (chosen[j] && line.of(candidates.get(j).item()) > 0) {
        users.add(j);
      }
    }
    users.sort(Comparator.comparingDouble((Integer j) -> -line.of(candidates.get(j).item())).thenComparing(j -> j));
    double freed = 0;
    double theyRemove = 0;
    int making = 0;
    for (int j : users) {
      if (freed >= shortfall - 1e-9) {
        break;
      }
      freed += line.of(candidates.get(j).item());
      theyRemove += removed[j];
      making++;
    }
    if (freed < shortfall - 1e-9 || theyRemove < it.removes(risk, null)) {
      return Reason.of("plan.reason.lessUseful");
    }
    return Reason.of("plan.reason.displaced." + line.name(), candidates.get(users.get(0)).measure().title(),
        making - 1, Math.round(theyRemove));
  }

  /** A budget limit a chosen item uses. */
  private enum Resource {
    MONTHLY, ONE_OFF, HOURS;

    double of(Knapsack.Item it) {
      return of(it.monthlyYen(), it.oneOffYen(), it.hours());
    }

    double of(long monthly, long oneOff, double hours) {
      return switch (this) {
        case MONTHLY -> monthly;
        case ONE_OFF -> oneOff;
        case HOURS -> hours;
      };
    }

    double cap(Budget b) {
      return of(b.monthlyYen(), b.oneOffYen(), b.hours());
    }
  }
}
