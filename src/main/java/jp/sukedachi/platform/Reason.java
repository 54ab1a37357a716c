package jp.sukedachi.platform;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Why something is so: a key into the {@code messages} bundle with its arguments. An argument
 * that is itself a Reason is rendered first (e.g. an industry's name), so no sentence is ever
 * built by concatenation.
 */
public record Reason(String key, List<Object> args) implements Serializable {
  public Reason {
    args = List.copyOf(args);
  }

  public static Reason of(String key, Object... args) {
    return new Reason(key, Arrays.asList(args));
  }
}
