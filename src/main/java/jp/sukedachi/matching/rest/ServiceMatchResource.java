package jp.sukedachi.matching.rest;

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
import jp.sukedachi.matching.application.ServiceMatches;
import jp.sukedachi.platform.ProblemFactory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The published お助け隊 services that reach a company, ranked and explained; a match's plan comparison. */
@Path("v1/companies/{companyId: [0-9]{1,18}}/service-matches")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ANY_ACCOUNT)
public class ServiceMatchResource {
  @Inject ServiceMatches matches;
  @Inject ProblemFactory problems;
  @Context SecurityContext security;
  @PathParam("companyId") long companyId;

  @GET
  @Operation(summary = "Published services that reach the company, ranked with reasons; the excluded ones with why")
  public MatchResponses.Matches list() {
    return MatchResponses.matches(matches.matches(actor(), companyId), problems.locale());
  }

  @GET
  @Path("{serviceId}/comparison")
  @Operation(summary = "The company's plan with the service beside the plan without it, and the cost of its measures bought separately")
  public MatchResponses.Comparison comparison(@PathParam("serviceId") long serviceId) {
    return MatchResponses.comparison(matches.comparison(actor(), companyId, serviceId), problems.locale());
  }

  private AccountPrincipal actor() {
    return (AccountPrincipal) security.getUserPrincipal();
  }
}
