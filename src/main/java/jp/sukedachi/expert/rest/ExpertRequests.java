package jp.sukedachi.expert.rest;

import java.util.List;
import jp.sukedachi.expert.application.ExpertInput;
import jp.sukedachi.expert.application.ExpertReviewInput;
import jp.sukedachi.expert.application.SlotInput;

/** Request bodies of the experts API; the application inputs they become hold the rules. */
final class ExpertRequests {
  private ExpertRequests() {}

  /**
   * An expert's profile. rissNumber: six digits ("007398"; "第007398号" is understood);
   * rissRegisteredOn, rissRenewalDue: yyyy-MM-dd; skills: catalogue area codes (ORG, ACCESS,
   * NETWORK...) or codes of measures an expert can deliver; prefectures: JIS codes where the expert
   * comes on site; languages: ISO 639-1 (default ja); hourlyRateYen 0–100,000; monthlyHours 1–160.
   */
  public record Profile(String displayName, String rissNumber, String rissRegisteredOn, String rissRenewalDue,
      String certifications, List<String> skills, List<String> prefectures, List<String> industries,
      List<String> languages, Boolean remote, Boolean onSite, Long hourlyRateYen, Integer monthlyHours) {
    static ExpertInput toInput(Profile p) {
      return p == null ? ExpertInput.empty()
          : new ExpertInput(p.displayName, p.rissNumber, p.rissRegisteredOn, p.rissRenewalDue, p.certifications,
              p.skills, p.prefectures, p.industries, p.languages, p.remote, p.onSite, p.hourlyRateYen,
              p.monthlyHours);
    }
  }

  /** An operator's decision: APPROVE or REJECT; a rejection needs a reason; evidence: what was checked. */
  public record Review(String decision, String reason, String evidence) {
    static ExpertReviewInput toInput(Review r) {
      return r == null ? new ExpertReviewInput(null, null, null) : new ExpertReviewInput(r.decision, r.reason, r.evidence);
    }
  }

  /** A bookable slot: ISO-8601 instants with an offset (2026-12-01T10:00:00+09:00). */
  public record Slot(String start, String end) {
    static SlotInput toInput(Slot s) {
      return s == null ? new SlotInput(null, null) : new SlotInput(s.start, s.end);
    }
  }
}
