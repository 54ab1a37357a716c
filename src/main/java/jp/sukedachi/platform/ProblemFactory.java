package jp.sukedachi.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/** Builds problem documents in the language the client asked for (ja unless it asked for en). */
@RequestScoped
public class ProblemFactory {
  @Context private HttpHeaders headers;
  @Context private UriInfo uri;

  public Locale locale() {
    List<Locale> asked = headers == null ? List.of() : headers.getAcceptableLanguages();
    return Texts.preferred(asked.iterator());
  }

  public Response problem(Response.Status status, String key, Object... args) {
    return problem(status, key, List.of(), args);
  }

  public Response problem(
      Response.Status status, String key, List<FieldError> fields, Object... args) {
    Locale locale = locale();
    List<Problem.Field> errors =
        fields.stream().map(f -> new Problem.Field(f.field(), f.message().in(locale))).toList();
    String type = "urn:sukedachi:problem:" + key;
    String title = Texts.message(locale, "problem.title." + status.getStatusCode());
    String detail = Texts.message(locale, key, args);
    String instance = uri == null ? null : "/" + uri.getPath();
    return new Problem(type, title, status.getStatusCode(), detail, instance, errors).toResponse();
  }
}
