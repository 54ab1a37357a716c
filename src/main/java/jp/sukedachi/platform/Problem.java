package jp.sukedachi.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} lists invalid fields, each with a JSON-pointer
 * style {@code field} path and a localised {@code detail}.
 */
public record Problem(
    String type, String title, int status, String detail, String instance, List<Field> errors) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  /** One invalid field. */
  public record Field(String field, String detail) {}

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }
}
