package jp.sukedachi.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.security.Roles;
import jp.sukedachi.assessment.application.SelfCheckInput;
import jp.sukedachi.assessment.application.SelfCheckService;
import jp.sukedachi.assessment.application.SelfCheckView;
import jp.sukedachi.platform.ProblemFactory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** IPA's 25-item 自社診断 of a company and its history. */
@Path("v1/companies/{companyId: [0-9]{1,18}}/self-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ANY_ACCOUNT)
public class SelfCheckResource {
  @Inject SelfCheckService selfChecks;
  @Inject ProblemFactory problems;
  @Context SecurityContext security;
  @PathParam("companyId") long companyId;

  @POST
  @Operation(summary = "Submit all 25 answers; returns score, band, advice and part scores")
  @APIResponse(responseCode = "201", description = "Scored and saved")
  public Response submit(SelfCheckInput body, @Context UriInfo uri) {
    SelfCheckView v = selfChecks.submit(actor(), companyId, body);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(v.id())).build())
        .entity(AssessmentResponses.selfCheck(v, problems.locale())).build();
  }

  @GET
  @Path("{selfCheckId}")
  @Operation(summary = "One result")
  public AssessmentResponses.SelfCheck get(@PathParam("selfCheckId") long selfCheckId) {
    return AssessmentResponses.selfCheck(selfChecks.get(actor(), companyId, selfCheckId), problems.locale());
  }

  @GET
  @Operation(summary = "Earlier results, newest first")
  public List<AssessmentResponses.SelfCheck> history() {
    return selfChecks.history(actor(), companyId).stream()
        .map(v -> AssessmentResponses.selfCheck(v, problems.locale())).toList();
  }

  private AccountPrincipal actor() {
    return (AccountPrincipal) security.getUserPrincipal();
  }
}
