package jp.sukedachi.engagement.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import jp.sukedachi.platform.PlainText;

/**
 * The expert's short report after the work.
 *
 * @param addressed the request's plan items the work addressed (the SME may then mark them done)
 */
public record ReportInput(
    @NotBlank(message = "{engagement.report.required}") @Size(max = 2000, message = "{engagement.report.size}")
        @PlainText String text,
    List<String> addressed) {}
