package jp.sukedachi.platform;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads a JSON request body more strictly than JSON-B does, so nothing is coerced silently: the
 * body is exactly one value (no data after it), no object has the same key twice (JSON-B would
 * keep the last one), and no string holds a control character other than tab, line feed and
 * carriage return (a NUL cannot even be stored). Duplicate keys and control characters are field
 * errors at their path ({@code answers[2].answer}); broken syntax, trailing data, nesting deeper
 * than {@value #MAX_DEPTH} or a body over {@value #MAX_BYTES} bytes are a
 * {@link MalformedBodyException}.
 */
public final class StrictJson {
  public static final int MAX_BYTES = 1 << 20;
  static final int MAX_DEPTH = 32;

  private StrictJson() {}

  /** The body's value; throws when it breaks a rule. */
  public static JsonValue read(byte[] body) {
    if (body.length > MAX_BYTES) {
      throw new MalformedBodyException("error.body-too-large", true, MAX_BYTES / 1024);
    }
    List<FieldError> errors = new ArrayList<>();
    JsonValue value;
    try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
      if (!parser.hasNext()) {
        throw new MalformedBodyException("error.unreadable-body", false);
      }
      value = value(parser, parser.next(), "", errors, 0);
      boolean more;
      try {
        more = parser.hasNext();
      } catch (JsonParsingException e) {
        more = true;
      }
      if (more) {
        throw new MalformedBodyException("error.json.trailing", false);
      }
    } catch (JsonException | NoSuchElementException | IllegalStateException e) {
      throw new MalformedBodyException("error.unreadable-body", false);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return value;
  }

  /** Whether text holds a control character that no field accepts (all but tab, LF and CR). */
  public static boolean hasForbiddenControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  private static JsonValue value(JsonParser parser, JsonParser.Event event, String path,
      List<FieldError> errors, int depth) {
    if (depth > MAX_DEPTH) {
      throw new MalformedBodyException("error.json.too-deep", false, MAX_DEPTH);
    }
    switch (event) {
      case START_OBJECT -> {
        JsonObjectBuilder object = Json.createObjectBuilder();
        Set<String> keys = new HashSet<>();
        for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_OBJECT; e = parser.next()) {
          String key = parser.getString();
          String field = path.isEmpty() ? key : path + "." + key;
          if (hasForbiddenControl(key)) {
            errors.add(FieldError.of(printable(field), "error.control-character"));
          } else if (!keys.add(key)) {
            errors.add(FieldError.of(field, "error.json.duplicate-key"));
          }
          object.add(key, value(parser, parser.next(), field, errors, depth + 1));
        }
        return object.build();
      }
      case START_ARRAY -> {
        JsonArrayBuilder array = Json.createArrayBuilder();
        int i = 0;
        for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_ARRAY; e = parser.next()) {
          array.add(value(parser, e, path + "[" + i++ + "]", errors, depth + 1));
        }
        return array.build();
      }
      case VALUE_STRING -> {
        String text = parser.getString();
        if (hasForbiddenControl(text)) {
          errors.add(FieldError.of(path, "error.control-character"));
        }
        return Json.createValue(text);
      }
      case VALUE_NUMBER -> {
        return Json.createValue(parser.getBigDecimal());
      }
      case VALUE_TRUE -> {
        return JsonValue.TRUE;
      }
      case VALUE_FALSE -> {
        return JsonValue.FALSE;
      }
      case VALUE_NULL -> {
        return JsonValue.NULL;
      }
      default -> throw new MalformedBodyException("error.unreadable-body", false);
    }
  }

  /** A field path safe to echo: control characters shown as U+XXXX. */
  private static String printable(String field) {
    StringBuilder b = new StringBuilder();
    field.chars().forEach(c -> b.append(Character.getType(c) == Character.CONTROL
        ? String.format("U+%04X", c) : String.valueOf((char) c)));
    return b.toString();
  }
}
