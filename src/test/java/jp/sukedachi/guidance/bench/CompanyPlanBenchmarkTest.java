package jp.sukedachi.guidance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jp.sukedachi.guidance.domain.Scenarios;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/** The planner benchmark covers every company the planner's table tests know. */
class CompanyPlanBenchmarkTest {
  @Test
  void benchmarksEveryScenarioCompany() throws NoSuchFieldException {
    Param companies = CompanyPlanBenchmark.class.getDeclaredField("company").getAnnotation(Param.class);
    assertThat(companies.value()).containsExactlyInAnyOrderElementsOf(
        Scenarios.companies().stream().map(Scenarios.Company::name).toList());
  }
}
