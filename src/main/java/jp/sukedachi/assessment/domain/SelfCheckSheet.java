package jp.sukedachi.assessment.domain;

import jp.sukedachi.assessment.facts.Answer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * IPA's 5分でできる！情報セキュリティ自社診断: 25 items in three parts (1–5 basic measures, 6–18
 * measures for employees, 19–25 organisational measures). Scores a complete set of answers.
 */
public final class SelfCheckSheet {
  public static final String VERSION = "IPA-SME-GL-3.1-appendix3";
  public static final int ITEMS = 25;
  private static final int[][] PARTS = {{1, 5}, {6, 18}, {19, 25}};

  /** Points of one part against its maximum. */
  public record PartScore(int part, int score, int max) implements Serializable {}

  /** Total, band and part scores of one self-check. */
  public record Result(int score, ScoreBand band, List<PartScore> parts)
      implements Serializable {}

  public static int partOf(int item) {
    for (int p = 0; p < PARTS.length; p++) {
      if (item >= PARTS[p][0] && item <= PARTS[p][1]) {
        return p + 1;
      }
    }
    throw new IllegalArgumentException("No self-check item " + item);
  }

  /** Items 1..25 that have no answer, in order. */
  public static List<Integer> missing(Map<Integer, Answer> answers) {
    List<Integer> missing = new ArrayList<>();
    for (int i = 1; i <= ITEMS; i++) {
      if (answers.get(i) == null) {
        missing.add(i);
      }
    }
    return missing;
  }

  /** Scores a complete sheet; every item 1..25 must have an answer. */
  public Result score(Map<Integer, Answer> answers) {
    if (!missing(answers).isEmpty() || answers.size() != ITEMS) {
      throw new IllegalArgumentException("A self-check needs exactly the 25 answers");
    }
    Map<Integer, int[]> parts = new TreeMap<>();
    int total = 0;
    for (var e : answers.entrySet()) {
      int[] acc = parts.computeIfAbsent(partOf(e.getKey()), p -> new int[2]);
      acc[0] += e.getValue().points();
      acc[1] += Answer.IMPLEMENTED.points();
      total += e.getValue().points();
    }
    List<PartScore> partScores = new ArrayList<>();
    parts.forEach((p, acc) -> partScores.add(new PartScore(p, acc[0], acc[1])));
    return new Result(total, ScoreBand.of(total), partScores);
  }

}
