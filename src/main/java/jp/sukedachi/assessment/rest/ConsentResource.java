package jp.sukedachi.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.security.Roles;
import jp.sukedachi.assessment.access.ConsentInput;
import jp.sukedachi.assessment.access.ConsentService;
import jp.sukedachi.assessment.access.ConsentView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The owner's consent grants on its company's data. */
@Path("v1/companies/{companyId: [0-9]{1,18}}/consents")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ANY_ACCOUNT)
public class ConsentResource {
  @Inject ConsentService consents;
  @Context SecurityContext security;
  @PathParam("companyId") long companyId;

  /** A grant request. */
  public record GrantBody(String recipientEmail, List<String> parts, String expiresAt) {}

  /** A grant as returned. */
  public record Grant(long id, String recipientEmail, String recipientName, List<String> parts,
      Instant grantedAt, Instant expiresAt, Instant revokedAt, boolean live) {
    static Grant of(ConsentView v) {
      return new Grant(v.id(), v.recipientEmail(), v.recipientName(),
          v.parts().stream().map(Enum::name).toList(), v.grantedAt(), v.expiresAt(), v.revokedAt(), v.live());
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Share chosen parts (PROFILE, ASSET_COUNTS, INFORMATION_ASSETS, SELF_CHECK, PLAN)"
      + " with an expert or provider account, optionally until expiresAt")
  @APIResponse(responseCode = "201", description = "Granted; body has the grant's id")
  public Response grant(GrantBody body, @Context UriInfo uri) {
    ConsentInput input = body == null ? new ConsentInput(null, null, null)
        : new ConsentInput(body.recipientEmail(), body.parts(), body.expiresAt());
    ConsentView v = consents.grant(actor(), companyId, input);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(v.id())).build())
        .entity(Grant.of(v)).build();
  }

  @GET
  @Operation(summary = "The company's grants, newest first, live or not")
  public List<Grant> grants() {
    return consents.grants(actor(), companyId).stream().map(Grant::of).toList();
  }

  @GET
  @Path("{consentId}")
  @Operation(summary = "One grant")
  public Grant grant(@PathParam("consentId") long consentId) {
    return Grant.of(consents.grant(actor(), companyId, consentId));
  }

  @DELETE
  @Path("{consentId}")
  @Operation(summary = "Revoke a grant now")
  @APIResponse(responseCode = "204", description = "Revoked")
  public Response revoke(@PathParam("consentId") long consentId) {
    consents.revoke(actor(), companyId, consentId);
    return Response.noContent().build();
  }

  private AccountPrincipal actor() {
    return (AccountPrincipal) security.getUserPrincipal();
  }
}
