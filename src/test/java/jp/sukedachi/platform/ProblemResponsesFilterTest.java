package jp.sukedachi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemResponsesFilterTest {

  @Test
  void theDocumentShowsPathTemplatesWithoutTheirPatterns() {
    assertThat(ProblemResponsesFilter.plainTemplate("/api/v1/companies/{companyId: [0-9]{1,18}}/plan/{code}"))
        .isEqualTo("/api/v1/companies/{companyId}/plan/{code}");
    assertThat(ProblemResponsesFilter.plainTemplate("/api/v1/companies/{id}")).isEqualTo("/api/v1/companies/{id}");
    assertThat(ProblemResponsesFilter.plainTemplate("/a/{x:\\d+}")).isEqualTo("/a/{x}");
  }
}
