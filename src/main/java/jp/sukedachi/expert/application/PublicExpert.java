package jp.sukedachi.expert.application;

import java.io.Serializable;
import java.util.List;

/**
 * An expert as SMEs see it: what they can help with, where, at what rate, how SMEs rated them and
 * how the SMEs' standing changed after rated engagements, and the free slots to book.
 *
 * @param publicRecord IPA's public record of the registration, to check it
 * @param averageRiskDrop share by which the SMEs' residual risk fell between request and rating
 * @param averageScoreGain points by which their 自社診断 score rose
 */
public record PublicExpert(long id, String displayName, String rissNumber, String publicRecord,
    List<String> skills, List<String> prefectures, List<String> industries, List<String> languages,
    boolean remote, boolean onSite, int hourlyRateYen, Double rating, int ratingCount, int outcomeCount,
    Double averageRiskDrop, Double averageScoreGain, List<SlotView> freeSlots) implements Serializable {

  static PublicExpert of(ExpertView v, List<SlotView> freeSlots) {
    return new PublicExpert(v.id(), v.displayName(), v.rissNumber(), v.publicRecord(), v.skills(), v.prefectures(),
        v.industries(), v.languages(), v.remote(), v.onSite(), v.hourlyRateYen(), v.rating(), v.ratingCount(),
        v.outcomeCount(), v.averageRiskDrop(), v.averageScoreGain(), List.copyOf(freeSlots));
  }
}
