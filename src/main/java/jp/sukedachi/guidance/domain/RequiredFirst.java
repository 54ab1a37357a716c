package jp.sukedachi.guidance.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import jp.sukedachi.guidance.domain.Knapsack.Item;
import jp.sukedachi.guidance.domain.Knapsack.Problem;
import jp.sukedachi.guidance.domain.Knapsack.Selection;

/**
 * Solves a selection with some items taken first whatever their gain (legal duties): each, with
 * the prerequisites it needs, is taken in the given order while it fits what is left of the
 * budget and excludes nothing already taken; the optimiser then chooses the rest from what is
 * left — the budget they leave, the risk they leave, and the items that neither conflict with
 * them nor need an item no longer possible.
 */
final class RequiredFirst {
  private RequiredFirst() {}

  static Selection solve(PlanOptimiser optimiser, Problem p, List<Integer> wanted) {
    int n = p.items().size();
    boolean[] taken = new boolean[n];
    for (int w : wanted) {
      boolean[] with = taken.clone();
      Deque<Integer> todo = new ArrayDeque<>(List.of(w));
      while (!todo.isEmpty()) {
        int i = todo.pop();
        if (!with[i]) {
          with[i] = true;
          todo.addAll(p.items().get(i).prerequisites());
        }
      }
      // The closure carries its prerequisites, so this checks the budget and the alternatives.
      if (p.feasible(with)) {
        taken = with;
      }
    }
    long monthly = 0;
    long oneOff = 0;
    double hours = 0;
    boolean any = false;
    for (int i = 0; i < n; i++) {
      if (taken[i]) {
        any = true;
        monthly += p.items().get(i).monthlyYen();
        oneOff += p.items().get(i).oneOffYen();
        hours += p.items().get(i).hours();
      }
    }
    return any ? rest(optimiser, p, taken, monthly, oneOff, hours) : optimiser.solve(p);
  }

  private static Selection rest(PlanOptimiser optimiser, Problem p, boolean[] taken, long monthly, long oneOff,
      double hours) {
    int n = p.items().size();
    double[] risk = p.risk().clone();
    boolean[] excluded = taken.clone();
    for (int i = 0; i < n; i++) {
      if (taken[i]) {
        p.items().get(i).leaves(risk);
        p.items().get(i).conflicts().forEach(c -> excluded[c] = true);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int c : p.items().get(i).conflicts()) {
        if (taken[c]) {
          excluded[i] = true;
        }
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < n; i++) {
        if (!excluded[i] && p.items().get(i).prerequisites().stream().anyMatch(q -> excluded[q] && !taken[q])) {
          excluded[i] = true;
          changed = true;
        }
      }
    }
    int[] position = new int[n];
    List<Integer> original = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      position[i] = excluded[i] ? -1 : original.size();
      if (!excluded[i]) {
        original.add(i);
      }
    }
    List<Item> items = new ArrayList<>();
    for (int i : original) {
      Item it = p.items().get(i);
      items.add(new Item(it.code(), it.oneOffYen(), it.monthlyYen(), it.hours(), it.strength(),
          it.prerequisites().stream().filter(q -> !taken[q]).map(q -> position[q]).toList(),
          it.conflicts().stream().filter(c -> position[c] >= 0).map(c -> position[c]).toList()));
    }
    Selection left = optimiser.solve(new Problem(risk, items, p.monthlyCap() - monthly, p.oneOffCap() - oneOff,
        Math.max(0, p.hoursCap() - hours)));
    boolean[] chosen = taken.clone();
    for (int k = 0; k < original.size(); k++) {
      chosen[original.get(k)] |= left.chosen()[k];
    }
    return new Selection(chosen, p.removedBy(chosen), left.provenNearOptimal(), left.nodes());
  }
}
