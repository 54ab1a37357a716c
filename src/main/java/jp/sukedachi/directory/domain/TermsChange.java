package jp.sukedachi.directory.domain;

import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One field that differs between two revisions' terms, for the operator who reviews a change. */
public record TermsChange(String field, String before, String after) implements Serializable {

  /** The fields that differ, in the order of {@link ServiceTerms}; with nothing before, every field stated. */
  public static List<TermsChange> between(ServiceTerms before, ServiceTerms after) {
    List<TermsChange> out = new ArrayList<>();
    for (RecordComponent c : ServiceTerms.class.getRecordComponents()) {
      Object a = before == null ? null : value(c, before);
      Object b = value(c, after);
      if (before == null ? !isEmpty(b) : !Objects.equals(a, b)) {
        out.add(new TermsChange(c.getName(), show(a), show(b)));
      }
    }
    return out;
  }

  private static boolean isEmpty(Object v) {
    return v == null || "".equals(v) || v instanceof java.util.Collection<?> c && c.isEmpty();
  }

  private static Object value(RecordComponent c, ServiceTerms t) {
    try {
      return c.getAccessor().invoke(t);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String show(Object v) {
    if (v instanceof Iterable<?> values) {
      return String.join(", ", java.util.stream.StreamSupport.stream(values.spliterator(), false)
          .map(String::valueOf).toList());
    }
    return v == null ? "" : String.valueOf(v);
  }
}
