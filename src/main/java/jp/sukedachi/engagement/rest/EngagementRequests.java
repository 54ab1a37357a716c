package jp.sukedachi.engagement.rest;

import java.util.List;
import jp.sukedachi.engagement.application.EngagementInput;
import jp.sukedachi.engagement.application.RatingInput;
import jp.sukedachi.engagement.application.ReportInput;

/** Request bodies of the engagements API; the application inputs they become hold the rules. */
final class EngagementRequests {
  private EngagementRequests() {}

  /**
   * A request for an expert's hours: slotId (one of the expert's free slots) or hours (1–40) in
   * month (yyyy-MM, this month or the next; default this month); description of the plan items;
   * measureCodes the items; parts the data shared with the expert (PROFILE, ASSET_COUNTS,
   * INFORMATION_ASSETS, SELF_CHECK, PLAN); passOn (default true) lets the request and the same
   * consent pass to the next match on a decline or timeout.
   */
  public record Engagement(Long companyId, Long expertId, Long slotId, Integer hours, String month,
      String description, List<String> measureCodes, List<String> parts, Boolean passOn) {
    static EngagementInput toInput(Engagement b) {
      return b == null ? EngagementInput.empty()
          : new EngagementInput(b.companyId, b.expertId, b.slotId, b.hours, b.month, b.description, b.measureCodes,
              b.parts, b.passOn);
    }
  }

  /** Why the expert declines (optional, at most 500 characters). */
  public record Decline(String reason) {}

  /** The expert's report: text, and which of the request's plan items the work addressed. */
  public record Report(String text, List<String> addressed) {
    static ReportInput toInput(Report r) {
      return r == null ? new ReportInput(null, null) : new ReportInput(r.text, r.addressed);
    }
  }

  /** The SME's rating 1–5, a comment, and the addressed items it agrees to mark done. */
  public record Rating(Integer rating, String comment, List<String> markDone) {
    static RatingInput toInput(Rating r) {
      return r == null ? new RatingInput(null, null, null) : new RatingInput(r.rating, r.comment, r.markDone);
    }
  }
}
