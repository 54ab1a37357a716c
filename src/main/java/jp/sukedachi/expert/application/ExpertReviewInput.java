package jp.sukedachi.expert.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.sukedachi.platform.PlainText;

/**
 * An operator's decision on an expert's registration.
 *
 * @param decision APPROVE or REJECT
 * @param reason why (required for a rejection: the expert reads it)
 * @param evidence what was checked, e.g. "IPA public record checked 2026-11-26"
 */
public record ExpertReviewInput(
    @NotNull(message = "{review.decision.invalid}") @Pattern(regexp = "APPROVE|REJECT", message = "{review.decision.invalid}")
        String decision,
    @Size(max = 500, message = "{expert.review.size}") @PlainText String reason,
    @Size(max = 500, message = "{expert.review.size}") @PlainText String evidence) {

  public boolean approves() {
    return "APPROVE".equals(decision);
  }
}
