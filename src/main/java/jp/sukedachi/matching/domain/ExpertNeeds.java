package jp.sukedachi.matching.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A seeker's needs indexed once per match: merged by measure code, as arrays, with a map from
 * measure code to index and masks of which needs a kind of reach can serve. {@link #cover} finds
 * the needs of a mask an expert covers without allocating, and always sums in need order, so the
 * same inputs give the same bits.
 */
final class ExpertNeeds {
  final List<ExpertNeed> list;
  final int size;
  final double totalRisk;
  final double totalHours;
  /** Every need: what an expert who comes on site to the seeker's prefecture can reach. */
  final boolean[] all;
  /** The needs that do not need presence: what a remote expert can reach. */
  final boolean[] remote;
  /** The needs that need someone on site. */
  final boolean[] onSite;
  private final String[] codes;
  private final double[] risk;
  private final double[] hours;
  private final Map<String, Integer> index;
  private final boolean[] hit;

  ExpertNeeds(List<ExpertNeed> needs) {
    Map<String, Integer> at = new HashMap<>();
    List<ExpertNeed> merged = new ArrayList<>();
    for (ExpertNeed n : needs) {
      Integer i = at.putIfAbsent(n.measureCode(), merged.size());
      if (i == null) {
        merged.add(n);
      } else {
        merged.set(i, merged.get(i).mergedWith(n));
      }
    }
    list = List.copyOf(merged);
    size = list.size();
    index = at;
    codes = new String[size];
    risk = new double[size];
    hours = new double[size];
    all = new boolean[size];
    remote = new boolean[size];
    onSite = new boolean[size];
    hit = new boolean[size];
    double r = 0;
    double h = 0;
    for (int i = 0; i < size; i++) {
      ExpertNeed n = list.get(i);
      codes[i] = n.measureCode();
      risk[i] = n.riskYen();
      hours[i] = n.hours();
      all[i] = true;
      remote[i] = !n.needsPresence();
      onSite[i] = n.needsPresence();
      r += risk[i];
      h += hours[i];
    }
    totalRisk = r;
    totalHours = h;
  }

  ExpertNeed get(int i) {
    return list.get(i);
  }

  /** The needs on site nobody reached: presence needed and not marked in {@code reached}. */
  boolean[] onSiteNotIn(boolean[] reached) {
    boolean[] out = new boolean[size];
    for (int i = 0; i < size; i++) {
      out[i] = onSite[i] && !reached[i];
    }
    return out;
  }

  static boolean any(boolean[] mask) {
    for (boolean b : mask) {
      if (b) {
        return true;
      }
    }
    return false;
  }

  /**
   * Puts into {@code t} the needs of {@code mask} the expert covers; returns how many. Walks the
   * smaller of the two sides (the seeker's needs or the expert's measures).
   */
  int cover(ExpertCard expert, boolean[] mask, Tally t) {
    t.reset();
    Set<String> covered = expert.measureCodes();
    if (covered.size() < size) {
      int marked = 0;
      for (String code : covered) {
        Integer i = index.get(code);
        if (i != null && mask[i]) {
          hit[i] = true;
          marked++;
        }
      }
      if (marked == 0) {
        return 0;
      }
      for (int i = 0; i < size; i++) {
        if (hit[i]) {
          hit[i] = false;
          t.add(i, risk[i], hours[i]);
        }
      }
    } else {
      for (int i = 0; i < size; i++) {
        if (mask[i] && covered.contains(codes[i])) {
          t.add(i, risk[i], hours[i]);
        }
      }
    }
    return t.count;
  }

  /** The needs one expert covers: a scratch reused for every expert of a match. */
  static final class Tally {
    double risk;
    double hours;
    int count;
    final int[] covered;

    Tally(int needs) {
      covered = new int[needs];
    }

    void reset() {
      risk = 0;
      hours = 0;
      count = 0;
    }

    void add(int i, double r, double h) {
      risk += r;
      hours += h;
      covered[count++] = i;
    }

    void markIn(boolean[] reached) {
      for (int k = 0; k < count; k++) {
        reached[covered[k]] = true;
      }
    }
  }
}
