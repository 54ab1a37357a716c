package jp.sukedachi.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A seeker's needs indexed once per match: merged by measure code, their risks in whole yen, and
 * masks of which needs a kind of reach can serve, as {@link CodeSet} bits. {@link #cover} finds
 * the needs of a mask an expert covers with one AND per 64 codes on the set's own fields and allocates nothing; risks are
 * summed in whole yen, so the order the bits come in cannot change a score.
 */
final class ExpertNeeds {
  final List<ExpertNeed> list;
  final int size;
  final long totalRisk;
  final double totalHours;
  /** Every need: what an expert who comes on site to the seeker's prefecture can reach. */
  final boolean[] all;
  /** The needs that do not need presence: what a remote expert can reach. */
  final boolean[] remote;
  /** The needs that need someone on site. */
  final boolean[] onSite;
  private final long[] riskYen;
  private final int[] bit;
  /** The need of each code bit, -1 for a code the seeker does not need. */
  private final int[] needOfBit;

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
    riskYen = new long[size];
    bit = new int[size];
    all = new boolean[size];
    remote = new boolean[size];
    onSite = new boolean[size];
    long r = 0;
    double h = 0;
    for (int i = 0; i < size; i++) {
      ExpertNeed n = list.get(i);
      riskYen[i] = Math.round(n.riskYen());
      bit[i] = CodeSet.Kind.MEASURE.bit(n.measureCode());
      all[i] = true;
      remote[i] = !n.needsPresence();
      onSite[i] = n.needsPresence();
      r += riskYen[i];
      h += n.hours();
    }
    totalRisk = r;
    totalHours = h;
    needOfBit = new int[Arrays.stream(bit).max().orElse(-1) + 1];
    Arrays.fill(needOfBit, -1);
    for (int i = 0; i < size; i++) {
      needOfBit[bit[i]] = i;
    }
  }

  ExpertNeed get(int i) {
    return list.get(i);
  }

  /** The code bits of the needs in {@code which}. */
  long[] bits(boolean[] which) {
    return CodeSet.mask(java.util.stream.IntStream.range(0, size).filter(i -> which[i]).map(i -> bit[i]).toArray());
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

  /** Puts into {@code t} the needs of {@code mask} (see {@link #bits}) the expert covers; returns how many. */
  int cover(ExpertCard expert, long[] mask, Tally t) {
    t.reset();
    CodeSet covered = (CodeSet) expert.measureCodes();
    for (int w = 0; w < mask.length; w++) {
      long hit = covered.word(w) & mask[w];
      while (hit != 0) {
        int i = needOfBit[(w << 6) + Long.numberOfTrailingZeros(hit)];
        hit &= hit - 1;
        t.add(i, riskYen[i]);
      }
    }
    return t.count;
  }

  /** The hours of these needs, summed in the seeker's order. */
  double hours(int[] needs) {
    int[] inOrder = needs.clone();
    Arrays.sort(inOrder);
    double h = 0;
    for (int i : inOrder) {
      h += list.get(i).hours();
    }
    return h;
  }

  /** The needs one expert covers: a scratch reused for every expert of a match. */
  static final class Tally {
    long risk;
    int count;
    final int[] covered;

    Tally(int needs) {
      covered = new int[needs];
    }

    void reset() {
      risk = 0;
      count = 0;
    }

    void add(int i, long r) {
      risk += r;
      covered[count++] = i;
    }

    void markIn(boolean[] reached) {
      for (int k = 0; k < count; k++) {
        reached[covered[k]] = true;
      }
    }
  }
}
