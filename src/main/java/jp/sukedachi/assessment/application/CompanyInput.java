package jp.sukedachi.assessment.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.sukedachi.assessment.domain.CompanyProfile;
import jp.sukedachi.assessment.domain.Industry;
import jp.sukedachi.assessment.domain.LegalForm;
import jp.sukedachi.assessment.facts.BusinessSignal;
import jp.sukedachi.platform.FieldError;
import jp.sukedachi.platform.OneOf;
import jp.sukedachi.platform.PlainText;

/**
 * A company profile as typed in the form or sent to the API. Upper bounds reject absurd values
 * (a capital beyond ¥10 trillion, a security budget beyond ¥100M a month).
 *
 * @param signals codes of {@link BusinessSignal} the company declares; null when not given (a new
 *     company then declares none, a changed one keeps what it declared)
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
        Long oneOffBudgetYen,
    List<String> signals) {

  public CompanyInput {
    // A copy that keeps nulls, so that a null code is reported rather than thrown on.
    signals = signals == null ? null : Collections.unmodifiableList(new ArrayList<>(signals));
  }

  /** A profile that says nothing about signals. */
  public CompanyInput(String name, String legalForm, String industry, Long capitalYen,
      Integer employees, String prefecture, Integer sites, Long monthlyBudgetYen,
      Long oneOffBudgetYen) {
    this(name, legalForm, industry, capitalYen, employees, prefecture, sites, monthlyBudgetYen,
        oneOffBudgetYen, null);
  }

  public static CompanyInput of(CompanyProfile p) {
    return new CompanyInput(p.name(), p.legalForm().name(), p.industry().name(), p.capitalYen(),
        p.employees(), p.prefecture(), p.sites(), p.monthlyBudgetYen(), p.oneOffBudgetYen(),
        p.signalsInOrder().stream().map(Enum::name).toList());
  }

  /** Each code that names no signal, as a field error {@code signals[i]}. */
  List<FieldError> signalErrors() {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; signals != null && i < signals.size(); i++) {
      String code = signals.get(i);
      if (BusinessSignal.named(code).isEmpty()) {
        errors.add(FieldError.of("signals[" + i + "]", "company.signal.unknown", String.valueOf(code)));
      }
    }
    return errors;
  }

  /** Only after validation; {@code declared} are the signals kept when none are given. */
  CompanyProfile toProfile(Set<BusinessSignal> declared) {
    Set<BusinessSignal> given = EnumSet.noneOf(BusinessSignal.class);
    if (signals == null) {
      given.addAll(declared);
    } else {
      signals.forEach(code -> given.add(BusinessSignal.valueOf(code)));
    }
    return new CompanyProfile(name, LegalForm.valueOf(legalForm), Industry.valueOf(industry),
        capitalYen, employees, prefecture, sites, monthlyBudgetYen, oneOffBudgetYen, given);
  }
}
