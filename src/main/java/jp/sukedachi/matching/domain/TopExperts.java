package jp.sukedachi.matching.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The best {@code top} experts seen so far, in a heap whose head is the worst of them: one pass
 * over any number of experts keeps at most {@code top} entries and never sorts the rest. Higher
 * score first; equal scores by lower expert id, so the same inputs give the same order.
 */
final class TopExperts {
  record Entry(ExpertCard expert, double score) {}

  static final Comparator<Entry> BEST_FIRST = Comparator.comparingDouble(Entry::score).reversed()
      .thenComparingLong(e -> e.expert().expertId());

  private final int top;
  private final PriorityQueue<Entry> heap;

  TopExperts(int top) {
    this.top = top;
    this.heap = new PriorityQueue<>(Math.min(top, 64) + 1, BEST_FIRST.reversed());
  }

  void offer(ExpertCard expert, double score) {
    if (heap.size() < top) {
      heap.add(new Entry(expert, score));
      return;
    }
    Entry worst = heap.peek();
    if (score > worst.score() || score == worst.score() && expert.expertId() < worst.expert().expertId()) {
      heap.poll();
      heap.add(new Entry(expert, score));
    }
  }

  boolean isEmpty() {
    return heap.isEmpty();
  }

  List<Entry> bestFirst() {
    List<Entry> out = new ArrayList<>(heap);
    out.sort(BEST_FIRST);
    return out;
  }
}
