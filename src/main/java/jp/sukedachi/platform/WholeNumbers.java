package jp.sukedachi.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole-number fields of a JSON request body, checked before JSON-B reads it into a record:
 * JSON-B would store 2.5 in an {@code int} as 2, read the string "7" as 7 and wrap 3000000000
 * into a negative number. Each value of an {@code int}, {@code long}, {@code short} or
 * {@code byte} component (or its wrapper), in nested records, lists and arrays too, must be a
 * JSON number without a fractional part and within the type's range; null is left to the rules
 * of the input. Field paths follow Bean Validation's ({@code answers[3].item}). The same walk
 * checks the other values JSON-B would coerce: a {@code boolean} takes only true or false (JSON-B
 * reads "abc" as false) and a {@code double} or {@code float} only a finite number in its range
 * (1e309 would become infinity).
 */
public final class WholeNumbers {
  private static final int MAX_DEPTH = 16;
  private static final Map<Class<?>, long[]> RANGES = Map.of(
      int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
      Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
      long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
      Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
      short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
      Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
      byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE},
      Byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE});

  private static final Set<Class<?>> BOOLEANS = Set.of(boolean.class, Boolean.class);
  private static final Map<Class<?>, Double> FLOATS = Map.of(
      double.class, Double.MAX_VALUE, Double.class, Double.MAX_VALUE,
      float.class, (double) Float.MAX_VALUE, Float.class, (double) Float.MAX_VALUE);

  private WholeNumbers() {}

  /** Whether a body of this type has a whole-number field anywhere, so that it needs checking. */
  public static boolean concern(Type type) {
    return concern(type, new HashSet<>(), 0);
  }

  /** The fields of {@code body} that break the rule, read as the given type; empty when none. */
  public static List<FieldError> check(Type type, JsonValue body) {
    List<FieldError> errors = new ArrayList<>();
    check(type, body, "", errors, 0);
    return errors;
  }

  private static boolean concern(Type type, Set<Class<?>> seen, int depth) {
    Class<?> raw = raw(type);
    if (raw == null || depth > MAX_DEPTH) {
      return false;
    } else if (RANGES.containsKey(raw) || BOOLEANS.contains(raw) || FLOATS.containsKey(raw)) {
      return true;
    } else if (raw.isRecord()) {
      return seen.add(raw) && Arrays.stream(raw.getRecordComponents())
          .anyMatch(c -> concern(c.getGenericType(), seen, depth + 1));
    }
    Type element = element(type);
    return element != null && concern(element, seen, depth + 1);
  }

  private static void check(Type type, JsonValue value, String path, List<FieldError> errors, int depth) {
    Class<?> raw = raw(type);
    if (raw == null || value == null || value.getValueType() == JsonValue.ValueType.NULL || depth > MAX_DEPTH) {
      return;
    }
    if (RANGES.containsKey(raw)) {
      wholeNumber(raw, value, path).ifPresent(errors::add);
    } else if (BOOLEANS.contains(raw)) {
      if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
        errors.add(FieldError.of(path, "error.not-a-boolean"));
      }
    } else if (FLOATS.containsKey(raw)) {
      decimal(FLOATS.get(raw), value, path).ifPresent(errors::add);
    } else if (raw.isRecord() && value instanceof JsonObject object) {
      for (RecordComponent c : raw.getRecordComponents()) {
        String field = path.isEmpty() ? c.getName() : path + "." + c.getName();
        check(c.getGenericType(), object.get(c.getName()), field, errors, depth + 1);
      }
    } else if (element(type) != null && value instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        check(element(type), array.get(i), path + "[" + i + "]", errors, depth + 1);
      }
    }
  }

  private static Optional<FieldError> wholeNumber(Class<?> type, JsonValue value, String path) {
    if (!(value instanceof JsonNumber number)) {
      return Optional.of(FieldError.of(path, "error.whole-number"));
    }
    try {
      BigDecimal d = number.bigDecimalValue().stripTrailingZeros();
      if (d.scale() > 0) {
        return Optional.of(FieldError.of(path, "error.whole-number"));
      }
      long[] range = RANGES.get(type);
      if (d.precision() - d.scale() > 19 || d.compareTo(BigDecimal.valueOf(range[0])) < 0
          || d.compareTo(BigDecimal.valueOf(range[1])) > 0) {
        return Optional.of(FieldError.of(path, "error.number-range"));
      }
      return Optional.empty();
    } catch (ArithmeticException | UnsupportedOperationException e) {
      return Optional.of(FieldError.of(path, "error.number-range"));
    }
  }

  private static Optional<FieldError> decimal(double max, JsonValue value, String path) {
    if (!(value instanceof JsonNumber number)) {
      return Optional.of(FieldError.of(path, "error.not-a-number"));
    }
    BigDecimal d = number.bigDecimalValue();
    if (d.abs().compareTo(BigDecimal.valueOf(max)) > 0) {
      return Optional.of(FieldError.of(path, "error.number-range"));
    }
    return Optional.empty();
  }

  /** The element type of a collection or an array of objects; null for anything else. */
  private static Type element(Type type) {
    if (type instanceof ParameterizedType p && Collection.class.isAssignableFrom(raw(p))
        && p.getActualTypeArguments().length == 1) {
      return p.getActualTypeArguments()[0];
    } else if (type instanceof GenericArrayType a) {
      return a.getGenericComponentType();
    } else if (type instanceof Class<?> c && c.isArray() && !c.getComponentType().isPrimitive()) {
      return c.getComponentType();
    }
    return null;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    } else if (type instanceof ParameterizedType p) {
      return raw(p.getRawType());
    } else if (type instanceof GenericArrayType a) {
      Class<?> component = raw(a.getGenericComponentType());
      return component == null ? null : component.arrayType();
    } else if (type instanceof WildcardType w && w.getUpperBounds().length == 1) {
      return raw(w.getUpperBounds()[0]);
    }
    return null;
  }
}
