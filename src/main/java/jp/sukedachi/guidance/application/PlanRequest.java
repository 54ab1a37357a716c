package jp.sukedachi.guidance.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A what-if budget; null fields take the company's own budget (and the default staff hours for
 * its size, {@link jp.sukedachi.guidance.domain.Budget#defaultStaffHours}).
 * Upper bounds reject absurd values.
 */
public record PlanRequest(
    @Min(value = 0, message = "{plan.monthlyBudgetYen.range}") @Max(value = 100_000_000, message = "{plan.monthlyBudgetYen.range}")
        Long monthlyBudgetYen,
    @Min(value = 0, message = "{plan.oneOffBudgetYen.range}") @Max(value = 10_000_000_000L, message = "{plan.oneOffBudgetYen.range}")
        Long oneOffBudgetYen,
    @Min(value = 0, message = "{plan.hours.range}") @Max(value = 10_000, message = "{plan.hours.range}")
        Double hours,
    Boolean subsidy) {}
