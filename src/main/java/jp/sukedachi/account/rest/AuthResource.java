package jp.sukedachi.account.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.sukedachi.account.application.AccountService;
import jp.sukedachi.account.application.IssuedToken;
import jp.sukedachi.account.rest.AccountRequests.Credentials;
import jp.sukedachi.account.rest.AccountRequests.TokenResponse;
import jp.sukedachi.account.security.BearerToken;
import jp.sukedachi.account.security.ClientAddress;
import jp.sukedachi.account.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Bearer tokens for the REST API. */
@Path("v1/auth/token")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {
  @Inject AccountService accounts;
  @Inject ClientAddress clients;

  @POST
  @PermitAll
  @Operation(summary = "Exchange e-mail and password for a bearer token")
  @APIResponse(responseCode = "200", description = "Token issued")
  @APIResponse(responseCode = "401", description = "Unknown e-mail, wrong password or locked account: one answer")
  @APIResponse(responseCode = "429", description = "Too many attempts from this client; see Retry-After")
  public TokenResponse issue(Credentials body, @Context HttpServletRequest request) {
    String client = clients.of(request);
    IssuedToken t = body == null ? accounts.issueToken(null, null, client)
        : accounts.issueToken(body.email(), body.password(), client);
    return new TokenResponse(t.token(), t.expiresAt());
  }

  @DELETE
  @RolesAllowed(Roles.ANY_ACCOUNT)
  @Operation(summary = "Log out: the presented token stops working")
  @SecurityRequirement(name = "bearer")
  @APIResponse(responseCode = "204", description = "Token revoked")
  public Response revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    BearerToken.of(authorization).ifPresent(accounts::revokeToken);
    return Response.noContent().build();
  }
}
