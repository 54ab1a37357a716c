package jp.sukedachi.engagement.domain.allocation;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Packs items into bins, keeping each item whole where it can: best fit decreasing. The largest
 * item goes to the bin whose room fits it most tightly; an item no bin can hold whole is split,
 * filling the roomiest bins first, so it is split into as few parts as the bins allow.
 */
final class BestFitPacker {
  /** Receives one packed part: item {@code item} puts {@code amount} into bin {@code bin}. */
  interface Parts {
    void part(int item, int bin, int amount);
  }

  private BestFitPacker() {}

  /**
   * Packs items of the given sizes (indices 0..n-1, ties kept in index order) into bins of the
   * given rooms; the rooms must add up to at least the sizes.
   */
  static void pack(int[] sizes, int[] rooms, Parts parts) {
    Integer[] order = new Integer[sizes.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> -sizes[i]).thenComparingInt(i -> i));
    TreeMap<Integer, ArrayDeque<Integer>> binsByRoom = new TreeMap<>();
    for (int b = 0; b < rooms.length; b++) {
      if (rooms[b] > 0) {
        binsByRoom.computeIfAbsent(rooms[b], r -> new ArrayDeque<>()).addLast(b);
      }
    }
    for (int item : order) {
      int left = sizes[item];
      while (left > 0) {
        Map.Entry<Integer, ArrayDeque<Integer>> fit = binsByRoom.ceilingEntry(left);
        if (fit == null) {
          fit = binsByRoom.lastEntry();
        }
        if (fit == null) {
          throw new IllegalStateException("The bins hold less than the items");
        }
        int room = fit.getKey();
        int bin = fit.getValue().pollFirst();
        if (fit.getValue().isEmpty()) {
          binsByRoom.remove(room);
        }
        int amount = Math.min(left, room);
        parts.part(item, bin, amount);
        left -= amount;
        if (room > amount) {
          binsByRoom.computeIfAbsent(room - amount, r -> new ArrayDeque<>()).addLast(bin);
        }
      }
    }
  }
}
