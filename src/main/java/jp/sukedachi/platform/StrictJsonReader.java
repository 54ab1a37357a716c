package jp.sukedachi.platform;

import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every JSON request body passes here before JSON-B reads it: {@link StrictJson} refuses broken or
 * trailing JSON, duplicate keys, control characters and bodies over its size limit, and
 * {@link WholeNumbers} refuses fractions, text or out-of-range numbers for whole-number fields
 * and anything but true or false for booleans, as invalid input naming each field, before JSON-B
 * would silently truncate, wrap or coerce them.
 */
@Provider
public class StrictJsonReader implements ReaderInterceptor {
  private final Map<Type, Boolean> concerned = new ConcurrentHashMap<>();

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!json(context.getMediaType())) {
      return context.proceed();
    }
    byte[] body = readAtMost(context.getInputStream(), StrictJson.MAX_BYTES + 1);
    context.setInputStream(new ByteArrayInputStream(body));
    if (body.length == 0) {
      return context.proceed();
    }
    JsonValue value = StrictJson.read(body);
    Type type = context.getGenericType();
    if (type != null && concerned.computeIfAbsent(type, WholeNumbers::concern)) {
      List<FieldError> errors = WholeNumbers.check(type, value);
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
    }
    return context.proceed();
  }

  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    return in.readNBytes(limit);
  }

  private static boolean json(MediaType media) {
    return media != null && ("json".equals(media.getSubtype()) || media.getSubtype().endsWith("+json"));
  }
}
