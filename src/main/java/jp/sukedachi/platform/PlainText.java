package jp.sukedachi.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * Free text a person typed: no markup ({@code <} or {@code >}) and no control characters. Output
 * is escaped anyway; this keeps script out of data that other systems may read.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {
  String message() default "{text.plain}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Accepts null (use @NotBlank for presence). */
  class Validator implements ConstraintValidator<PlainText, String> {
    private static final Pattern FORBIDDEN = Pattern.compile("[<>\\p{Cc}&&[^\\t]]");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || !FORBIDDEN.matcher(value).find();
    }
  }
}
