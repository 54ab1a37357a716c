package jp.sukedachi.engagement.domain.allocation;

import java.io.Serializable;
import java.util.List;

/**
 * How much more the first hours served in a prefecture weigh than the rest: a concave, piecewise
 * linear bonus on each prefecture's served share of its requested hours.
 *
 * <p>Tier {@code t} covers a prefecture's served hours from ⌈share<sub>t-1</sub> · R⌉ to
 * ⌈share<sub>t</sub> · R⌉, where R is the hours requested there, and each of its hours earns
 * {@code bonus} × the problem's mean risk per requested hour on top of its own risk per hour.
 * Bonuses may not grow from one tier to the next (a concave utility), so the flow fills a
 * prefecture's tiers in order, and hours past the last tier earn no bonus.
 *
 * @param tiers the tiers, by growing share
 */
public record Fairness(List<Tier> tiers) implements Serializable {

  /** The largest bonus a tier may have, in mean risks per hour (keeps the flow costs small integers). */
  public static final double MAX_BONUS = 10;

  /** Risk only: every hour weighs its request's risk per hour, wherever it is served. */
  public static final Fairness NONE = new Fairness(List.of());

  /**
   * The default, chosen on the national benchmark (docs/benchmarks.md, "Allocation of scarce expert hours"): the first quarter
   * of each prefecture's requested hours earns 2 mean risks per hour on top of its own risk, the
   * next quarter 1.
   */
  public static final Fairness DEFAULT = new Fairness(List.of(new Tier(0.25, 2), new Tier(0.5, 1)));

  public Fairness {
    tiers = List.copyOf(tiers);
    double share = 0;
    double bonus = MAX_BONUS;
    for (Tier t : tiers) {
      if (t.shareUpTo() <= share || t.bonus() > bonus) {
        throw new IllegalArgumentException("Fairness tiers need growing shares and non-growing bonuses: " + tiers);
      }
      share = t.shareUpTo();
      bonus = t.bonus();
    }
  }

  /**
   * One tier.
   *
   * @param shareUpTo the share of the prefecture's requested hours where this tier ends, in (0, 1]
   * @param bonus what an hour in this tier earns on top of its risk, in mean risks per requested
   *     hour, in (0, {@value #MAX_BONUS}]
   */
  public record Tier(double shareUpTo, double bonus) implements Serializable {
    public Tier {
      if (!(shareUpTo > 0 && shareUpTo <= 1) || !(bonus > 0 && bonus <= MAX_BONUS)) {
        throw new IllegalArgumentException("A tier needs a share in (0, 1] and a bonus in (0, "
            + MAX_BONUS + "]: " + shareUpTo + ", " + bonus);
      }
    }

    /** The hours of a prefecture requesting {@code requested} hours that this tier and those before it cover. */
    public long hoursUpTo(long requested) {
      return (long) Math.ceil(shareUpTo * requested - 1e-9);
    }
  }
}
