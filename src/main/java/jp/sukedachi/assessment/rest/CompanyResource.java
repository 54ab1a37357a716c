package jp.sukedachi.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.security.Roles;
import jp.sukedachi.assessment.application.CompanyService;
import jp.sukedachi.assessment.application.CompanyView;
import jp.sukedachi.platform.ProblemFactory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The SME's company profile and its size class. */
@Path("v1/companies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ANY_ACCOUNT)
public class CompanyResource {
  @Inject CompanyService companies;
  @Inject ProblemFactory problems;
  @Context SecurityContext security;

  @POST
  @Operation(summary = "Register the caller's company (SME accounts, one company each)")
  @APIResponse(responseCode = "201", description = "Created; body has id and classification")
  public Response register(AssessmentRequests.Company body, @Context UriInfo uri) {
    CompanyView v = companies.register(actor(), AssessmentRequests.Company.toInput(body));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(v.id())).build())
        .entity(AssessmentResponses.company(v, problems.locale())).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "The company, if it is the caller's")
  public AssessmentResponses.Company get(@PathParam("id") long id) {
    return AssessmentResponses.company(companies.get(actor(), id), problems.locale());
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Replace the company profile")
  public AssessmentResponses.Company describe(@PathParam("id") long id, AssessmentRequests.Company body) {
    return AssessmentResponses.company(
        companies.describe(actor(), id, AssessmentRequests.Company.toInput(body)), problems.locale());
  }

  private AccountPrincipal actor() {
    return (AccountPrincipal) security.getUserPrincipal();
  }
}
