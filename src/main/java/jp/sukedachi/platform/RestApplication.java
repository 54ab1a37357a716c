package jp.sukedachi.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API lives under {@code /api}; versioned resources under {@code /api/v1}.
 *
 * <p>Each resource says who may call it with {@code @RolesAllowed} or {@code @PermitAll}. Payara
 * enforces both on every JAX-RS resource (it registers its RolesAllowedDynamicFeature itself, so
 * nothing is registered here); callers are known by their bearer token through
 * {@code account.security.AccountAuthenticationMechanism}, and {@code account.rest.AccessDenied}
 * turns a refusal into 401 or 403 problem+json.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Sukedachi API",
            version = "1",
            description =
                "Self-assessment for Japanese SMEs. Errors are RFC 9457 problem+json in the language"
                    + " of Accept-Language (ja default, en)."))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "Token from POST /api/v1/auth/token")
public class RestApplication extends Application {

  /**
   * No WADL: the API is described by /openapi, and generating WADL for an OPTIONS request fails
   * on the records' XML names and logs a stack trace; OPTIONS still answers with Allow.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
