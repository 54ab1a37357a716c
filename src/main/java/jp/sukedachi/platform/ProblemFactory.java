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

  /**
   * The language of the answer. The header is read leniently ({@link AcceptLanguage}): the
   * runtime's own parsing fails on a malformed quality such as {@code en;q=foo}.
   */
  public Locale locale() {
    return AcceptLanguage.preferred(headers == null ? null : headers.getHeaderString("Accept-Language"));
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
    String title = title(locale, status);
    String detail = Texts.message(locale, key, args);
    String instance = uri == null ? null : "/" + uri.getPath();
    return new Problem(type, title, status.getStatusCode(), detail, instance, errors).toResponse();
  }

  /** The status's title; its reason phrase if the bundle has none, so an answer never fails. */
  private static String title(Locale locale, Response.Status status) {
    try {
      return Texts.message(locale, "problem.title." + status.getStatusCode());
    } catch (IllegalStateException e) {
      return status.getReasonPhrase();
    }
  }
}
