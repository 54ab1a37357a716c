package jp.sukedachi.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Validates commands with Bean Validation at the application boundary, so the web UI and the
 * REST API enforce the same rules, and turns violations into {@link InvalidInputException}.
 */
@ApplicationScoped
public class Inputs {
  @Inject Validator validator;

  public <T> T check(T command) {
    Set<ConstraintViolation<T>> violations = validator.validate(command);
    if (!violations.isEmpty()) {
      throw toInvalidInput(violations);
    }
    return command;
  }

  /**
   * The command's field errors without throwing, for services that report them together with
   * the checks that need reference data or the database.
   */
  public List<FieldError> errors(Object command) {
    return fieldErrors(validator.validate(command));
  }

  public static InvalidInputException toInvalidInput(Set<? extends ConstraintViolation<?>> vs) {
    return new InvalidInputException(fieldErrors(vs));
  }

  private static List<FieldError> fieldErrors(Set<? extends ConstraintViolation<?>> vs) {
    return vs.stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .map(Inputs::toFieldError)
        .toList();
  }

  private static FieldError toFieldError(ConstraintViolation<?> v) {
    String template = v.getMessageTemplate();
    return new FieldError(v.getPropertyPath().toString(), locale -> Texts.validation(locale, template));
  }
}
