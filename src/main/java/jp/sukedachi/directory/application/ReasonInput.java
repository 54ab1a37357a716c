package jp.sukedachi.directory.application;

import jakarta.validation.constraints.Size;
import jp.sukedachi.platform.PlainText;

/** Why an operator suspends or reinstates a service, or why its provider withdraws it. */
public record ReasonInput(@Size(max = 1000, message = "{review.reason.size}") @PlainText String reason) {}
