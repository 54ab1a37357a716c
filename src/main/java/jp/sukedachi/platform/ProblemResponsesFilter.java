package jp.sukedachi.platform;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the problem+json error responses that every operation can give to the OpenAPI document,
 * so each endpoint documents them without repeating annotations.
 */
public class ProblemResponsesFilter implements OASFilter {
  private static final Map<String, String> ERRORS =
      Map.of(
          "400", "Invalid input: problem+json whose errors[] names each invalid field",
          "401", "Missing or invalid bearer token (or wrong credentials)",
          "403", "The account's role may not do this",
          "404", "Not found, or it belongs to someone else",
          "406", "Accept names no media type this operation gives (the problem is sent anyway)",
          "409", "Conflicts with existing data, or a concurrent change of the same thing (retry)",
          "413", "The request body is too large",
          "415", "The Content-Type is not accepted",
          "500", "Unexpected server error (never caused by input)");

  @Override
  public Operation filterOperation(Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    for (var e : ERRORS.entrySet()) {
      if (!responses.hasAPIResponse(e.getKey())) {
        responses.addAPIResponse(e.getKey(), problem(e.getValue()));
      }
    }
    return operation;
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    withoutPatterns(openAPI);
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
    Schema field =
        OASFactory.createSchema()
            .type(Schema.SchemaType.OBJECT)
            .addProperty("field", text)
            .addProperty("detail", text);
    Schema problem =
        OASFactory.createSchema()
            .type(Schema.SchemaType.OBJECT)
            .description("RFC 9457 problem details, localised by Accept-Language")
            .addProperty("type", text)
            .addProperty("title", text)
            .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
            .addProperty("detail", text)
            .addProperty("instance", text)
            .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(field));
    openAPI.getComponents().addSchema("Problem", problem);
  }

  /**
   * A path template may restrict a parameter with a pattern ({@code {companyId: [0-9]{1,18}}}) so
   * that other values match no route; the document shows the plain template.
   */
  private static void withoutPatterns(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (var e : new TreeMap<>(openAPI.getPaths().getPathItems()).entrySet()) {
      String plain = plainTemplate(e.getKey());
      if (!plain.equals(e.getKey())) {
        openAPI.getPaths().removePathItem(e.getKey());
        openAPI.getPaths().addPathItem(plain, e.getValue());
      }
    }
  }

  /** {@code /a/{id: [0-9]{1,18}}/b} as {@code /a/{id}/b}. */
  static String plainTemplate(String path) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      int depth = 0;
      int end = i;
      for (; end < path.length(); end++) {
        depth += path.charAt(end) == '{' ? 1 : path.charAt(end) == '}' ? -1 : 0;
        if (depth == 0) {
          break;
        }
      }
      String inside = path.substring(i + 1, Math.min(end, path.length()));
      int colon = inside.indexOf(':');
      out.append('{').append((colon < 0 ? inside : inside.substring(0, colon)).strip()).append('}');
      i = end + 1;
    }
    return out.toString();
  }

  private static org.eclipse.microprofile.openapi.models.responses.APIResponse problem(String text) {
    Schema schema = OASFactory.createSchema().ref("#/components/schemas/Problem");
    MediaType media = OASFactory.createMediaType().schema(schema);
    Content content = OASFactory.createContent().addMediaType("application/problem+json", media);
    return OASFactory.createAPIResponse().description(text).content(content);
  }
}
