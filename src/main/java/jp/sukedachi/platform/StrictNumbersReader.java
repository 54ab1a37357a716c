package jp.sukedachi.platform;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses a JSON body whose whole-number fields hold a fraction, a string or a number out of
 * range ({@link WholeNumbers}), as invalid input naming each field, before JSON-B would silently
 * truncate or wrap it. Bodies of types without such fields pass untouched; a body that is not
 * JSON at all is left to JSON-B to refuse.
 */
@Provider
public class StrictNumbersReader implements ReaderInterceptor {
  private final Map<Type, Boolean> concerned = new ConcurrentHashMap<>();

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    Type type = context.getGenericType();
    if (!json(context.getMediaType()) || type == null
        || !concerned.computeIfAbsent(type, WholeNumbers::concern)) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    context.setInputStream(new ByteArrayInputStream(body));
    JsonValue value;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      value = reader.readValue();
    } catch (JsonException e) {
      return context.proceed();
    }
    List<FieldError> errors = WholeNumbers.check(type, value);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return context.proceed();
  }

  private static boolean json(MediaType media) {
    return media != null && ("json".equals(media.getSubtype()) || media.getSubtype().endsWith("+json"));
  }
}
