package jp.sukedachi.sharing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.security.Roles;
import jp.sukedachi.platform.ProblemFactory;
import jp.sukedachi.sharing.application.SharedCompanyService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** For the owner: exactly what the recipient of one of its grants sees. */
@Path("v1/companies/{companyId}/consents/{consentId}/preview")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ANY_ACCOUNT)
public class GrantPreviewResource {
  @Inject SharedCompanyService shared;
  @Inject ProblemFactory problems;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "For the owner: exactly what the recipient of this grant sees (not logged)")
  public SharedCompanyResource.Body preview(@PathParam("companyId") long companyId,
      @PathParam("consentId") long consentId) {
    return SharedCompanyResource.body(shared.preview(actor(), companyId, consentId), problems.locale());
  }

  private AccountPrincipal actor() {
    return (AccountPrincipal) security.getUserPrincipal();
  }
}
