package jp.sukedachi.assessment.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.sukedachi.assessment.domain.CompanyProfile;
import jp.sukedachi.assessment.domain.Industry;
import jp.sukedachi.assessment.domain.LegalForm;
import jp.sukedachi.platform.OneOf;
import jp.sukedachi.platform.PlainText;

/**
 * A company profile as typed in the form or sent to the API. Upper bounds reject absurd values
 * (a capital beyond ¥10 trillion, a security budget beyond ¥100M a month).
 */
public record CompanyInput(
    @NotBlank(message = "{company.name.required}") @Size(max = 200, message = "{company.name.size}") @PlainText
        String name,
    @NotNull(message = "{company.legalForm.invalid}") @OneOf(value = LegalForm.class, message = "{company.legalForm.invalid}")
        String legalForm,
    @NotNull(message = "{company.industry.invalid}") @OneOf(value = Industry.class, message = "{company.industry.invalid}")
        String industry,
    @NotNull(message = "{company.capitalYen.range}") @Min(value = 0, message = "{company.capitalYen.range}")
        @Max(value = 10_000_000_000_000L, message = "{company.capitalYen.range}")
        Long capitalYen,
    @NotNull(message = "{company.employees.range}") @Min(value = 0, message = "{company.employees.range}")
        @Max(value = 1_000_000, message = "{company.employees.range}")
        Integer employees,
    @NotNull(message = "{company.prefecture.invalid}")
        @Pattern(regexp = "0[1-9]|[1-3][0-9]|4[0-7]", message = "{company.prefecture.invalid}")
        String prefecture,
    @NotNull(message = "{company.sites.range}") @Min(value = 1, message = "{company.sites.range}")
        @Max(value = 10_000, message = "{company.sites.range}")
        Integer sites,
    @NotNull(message = "{company.monthlyBudgetYen.range}") @Min(value = 0, message = "{company.monthlyBudgetYen.range}")
        @Max(value = 100_000_000, message = "{company.monthlyBudgetYen.range}")
        Long monthlyBudgetYen,
    @NotNull(message = "{company.oneOffBudgetYen.range}") @Min(value = 0, message = "{company.oneOffBudgetYen.range}")
        @Max(value = 10_000_000_000L, message = "{company.oneOffBudgetYen.range}")
        Long oneOffBudgetYen) {

  public static CompanyInput of(CompanyProfile p) {
    return new CompanyInput(p.name(), p.legalForm().name(), p.industry().name(), p.capitalYen(),
        p.employees(), p.prefecture(), p.sites(), p.monthlyBudgetYen(), p.oneOffBudgetYen());
  }

  /** Only after validation. */
  CompanyProfile toProfile() {
    return new CompanyProfile(name, LegalForm.valueOf(legalForm), Industry.valueOf(industry),
        capitalYen, employees, prefecture, sites, monthlyBudgetYen, oneOffBudgetYen);
  }
}
