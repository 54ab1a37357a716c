package jp.sukedachi.platform.web;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.sukedachi.platform.AcceptLanguage;
import jp.sukedachi.platform.Texts;

/**
 * The problem documents that servlet filters answer before JAX-RS runs (503 while starting, 401
 * or 403 for the metrics, 400 for an unreadable Content-Type), in the shape of
 * {@link jp.sukedachi.platform.ProblemFactory}'s: type, localised title and detail, status,
 * instance (the path within the API, as JAX-RS gives it, else within the application) and the
 * (empty) field errors, in the language of {@link AcceptLanguage}.
 */
final class ServletProblems {
  private ServletProblems() {}

  /** The language of a filter's answer: the client's Accept-Language read leniently, else Japanese. */
  static Locale locale(HttpServletRequest request) {
    return AcceptLanguage.preferred(request.getHeader("Accept-Language"));
  }

  /** Writes the problem {@code key} (the bundle key of its detail) with {@code status}. */
  static void write(HttpServletRequest request, HttpServletResponse response, int status, String key, Object... args)
      throws IOException {
    Locale locale = locale(request);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String body = Json.createObjectBuilder()
        .add("type", "urn:sukedachi:problem:" + key)
        .add("title", Texts.message(locale, "problem.title." + status))
        .add("status", status)
        .add("detail", Texts.message(locale, key, args))
        .add("instance", path.startsWith("/api/") ? path.substring("/api".length()) : path)
        .add("errors", Json.createArrayBuilder())
        .build().toString();
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Language", locale.toLanguageTag());
    response.getWriter().write(body);
  }
}
