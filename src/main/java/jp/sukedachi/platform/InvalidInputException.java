package jp.sukedachi.platform;

import java.util.List;

/** The user's input breaks one or more rules; nothing was saved. */
public class InvalidInputException extends DomainException {
  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super("error.invalid-input");
    this.errors = List.copyOf(errors);
  }

  public static InvalidInputException of(String field, String key, Object... args) {
    return new InvalidInputException(List.of(FieldError.of(field, key, args)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
