package jp.sukedachi.expert.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import jp.sukedachi.platform.PlainText;

/**
 * An expert's profile as typed in the form or sent to the API. The registration number, dates,
 * skill, prefecture, industry and language codes are checked by {@link ExpertProfiles} against
 * the rules of a RISS registration and the reference data; the bounds here reject absurd values
 * (¥100,000 an hour, 160 hours a month: full time).
 *
 * @param rissRegisteredOn ISO date (yyyy-MM-dd)
 * @param rissRenewalDue ISO date (yyyy-MM-dd)
 * @param skills catalogue area codes (ORG, NETWORK...) or codes of measures an expert can deliver
 * @param prefectures JIS codes ("43") where the expert comes on site
 */
public record ExpertInput(
    @NotBlank(message = "{expert.displayName.required}") @Size(max = 100, message = "{expert.displayName.size}") @PlainText
        String displayName,
    @NotBlank(message = "{expert.rissNumber.invalid}") @Size(max = 40, message = "{expert.rissNumber.invalid}")
        String rissNumber,
    String rissRegisteredOn,
    @NotBlank(message = "{expert.rissRenewalDue.required}") String rissRenewalDue,
    @Size(max = 500, message = "{expert.certifications.size}") @PlainText String certifications,
    @NotNull(message = "{expert.skills.required}") @Size(min = 1, max = 60, message = "{expert.skills.required}")
        List<String> skills,
    List<String> prefectures,
    List<String> industries,
    List<String> languages,
    Boolean remote,
    Boolean onSite,
    @NotNull(message = "{expert.hourlyRateYen.range}") @Min(value = 0, message = "{expert.hourlyRateYen.range}")
        @Max(value = 100_000, message = "{expert.hourlyRateYen.range}") Long hourlyRateYen,
    @NotNull(message = "{expert.monthlyHours.range}") @Min(value = 1, message = "{expert.monthlyHours.range}")
        @Max(value = 160, message = "{expert.monthlyHours.range}") Integer monthlyHours) {

  public static ExpertInput empty() {
    return new ExpertInput(null, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
