package jp.sukedachi.directory.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.sukedachi.platform.PlainText;

/**
 * An operator's decision on a revision under review. A rejection needs a reason (the service
 * says so); an approval may carry a note.
 *
 * @param decision APPROVE or REJECT
 */
public record ReviewInput(
    @NotNull(message = "{review.decision.invalid}") @Pattern(regexp = "APPROVE|REJECT", message = "{review.decision.invalid}")
        String decision,
    @Size(max = 1000, message = "{review.reason.size}") @PlainText String reason) {

  public boolean approves() {
    return "APPROVE".equals(decision);
  }
}
