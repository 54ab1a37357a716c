package jp.sukedachi.engagement.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import jp.sukedachi.platform.PlainText;

/**
 * An SME's request for an expert's hours: a slot of the expert's, or a number of hours in a
 * month; what it is about (a short description and the plan items); the parts of its data it
 * shares with the expert; and whether the request may pass to the next match on a decline or
 * timeout (then the same parts are shared with that expert).
 *
 * @param month yyyy-MM, this month or the next (hours requests; a slot's month is the slot's)
 * @param measureCodes plan items the request is about (catalogue codes)
 * @param parts names of DataPart shared with the expert
 */
public record EngagementInput(
    @NotNull(message = "{engagement.company.required}") Long companyId,
    @NotNull(message = "{engagement.expert.required}") Long expertId,
    Long slotId,
    @Min(value = 1, message = "{engagement.hours.range}") @Max(value = 40, message = "{engagement.hours.range}")
        Integer hours,
    String month,
    @NotBlank(message = "{engagement.description.required}") @Size(max = 1000, message = "{engagement.description.size}")
        @PlainText String description,
    @Size(max = 30, message = "{engagement.items.size}") List<String> measureCodes,
    List<String> parts,
    Boolean passOn) {

  public static EngagementInput empty() {
    return new EngagementInput(null, null, null, null, null, null, null, null, null);
  }
}
