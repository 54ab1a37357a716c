package jp.sukedachi.engagement.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import jp.sukedachi.platform.PlainText;

/**
 * "Find me someone": hours an SME asks of the program for its plan items, to be assigned by the
 * operator's monthly allocation, with the parts of its data it will share with whoever is assigned.
 *
 * @param month yyyy-MM, this month or the next (default this month)
 * @param measureCodes the open plan items an expert should help with (at least one)
 */
public record HoursRequestInput(
    @NotNull(message = "{engagement.company.required}") Long companyId,
    @NotNull(message = "{engagement.hours.range}") @Min(value = 1, message = "{engagement.hours.range}")
        @Max(value = 40, message = "{engagement.hours.range}") Integer hours,
    String month,
    @NotBlank(message = "{engagement.description.required}") @Size(max = 1000, message = "{engagement.description.size}")
        @PlainText String description,
    @NotNull(message = "{hoursRequest.items.required}") @Size(min = 1, max = 30, message = "{hoursRequest.items.required}")
        List<String> measureCodes,
    List<String> parts) {

  public static HoursRequestInput empty() {
    return new HoursRequestInput(null, null, null, null, null, null);
  }
}
