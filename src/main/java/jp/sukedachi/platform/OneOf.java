package jp.sukedachi.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

/** A code that must name a constant of the given enum (null is left to @NotNull). */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneOf.Validator.class)
public @interface OneOf {
  Class<? extends Enum<?>> value();

  String message() default "{code.unknown}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the code against the enum's constant names. */
  class Validator implements ConstraintValidator<OneOf, String> {
    private Enum<?>[] constants;

    @Override
    public void initialize(OneOf annotation) {
      constants = annotation.value().getEnumConstants();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || Arrays.stream(constants).anyMatch(c -> c.name().equals(value));
    }
  }
}
