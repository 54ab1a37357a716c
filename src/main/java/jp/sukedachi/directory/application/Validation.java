package jp.sukedachi.directory.application;

import java.util.ArrayList;
import java.util.List;
import jp.sukedachi.platform.FieldError;
import jp.sukedachi.platform.Inputs;
import jp.sukedachi.platform.InvalidInputException;

/** Bean Validation and the checks that need reference data, reported together so one answer lists every error. */
final class Validation {
  private Validation() {}

  static void check(Inputs inputs, Object command, List<FieldError> more) {
    List<FieldError> all = new ArrayList<>();
    try {
      inputs.check(command);
    } catch (InvalidInputException e) {
      all.addAll(e.errors());
    }
    all.addAll(more);
    if (!all.isEmpty()) {
      throw new InvalidInputException(all);
    }
  }

  /** A value quoted back in an error, kept short. */
  static String quote(String value) {
    String v = String.valueOf(value);
    return v.length() > 20 ? v.substring(0, 20) + "…" : v;
  }
}
