package jp.sukedachi.engagement.rest;

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
import jp.sukedachi.engagement.application.EngagementView;
import jp.sukedachi.engagement.application.Engagements;
import jp.sukedachi.engagement.application.ExpertAnswers;
import jp.sukedachi.engagement.application.Ratings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Requests for a shared expert's hours and what becomes of them. Anyone on neither side of an
 * engagement is told it does not exist (404).
 */
@Path("v1/engagements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class EngagementResource {
  @Inject Engagements engagements;
  @Inject ExpertAnswers answers;
  @Inject Ratings ratings;
  @Context SecurityContext security;

  @POST
  @RolesAllowed(Roles.SME)
  @Operation(summary = "Request an expert's slot or hours, sharing chosen parts of the company's data with the expert")
  @APIResponse(responseCode = "201", description = "Requested: the slot and hours are held until the expert answers")
  @APIResponse(responseCode = "409", description = "The slot is held by another request, or the hours are taken")
  public Response request(EngagementRequests.Engagement body, @Context UriInfo uri) {
    EngagementView v = engagements.request(actor(), EngagementRequests.Engagement.toInput(body));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(v.id())).build()).entity(v).build();
  }

  @GET
  @RolesAllowed({Roles.SME, Roles.EXPERT})
  @Operation(summary = "The caller's engagements: its company's (SME) or those sent to it (EXPERT)")
  public List<EngagementView> mine() {
    return engagements.mine(actor());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.SME, Roles.EXPERT})
  @Operation(summary = "One engagement; the expert sees the SME's data only while the grant is live")
  public EngagementView one(@PathParam("id") long id) {
    return engagements.one(actor(), id);
  }

  @POST
  @Path("{id}/accept")
  @RolesAllowed(Roles.EXPERT)
  @Operation(summary = "Accept a request before its deadline")
  public EngagementView accept(@PathParam("id") long id) {
    return answers.accept(actor(), id);
  }

  @POST
  @Path("{id}/decline")
  @RolesAllowed(Roles.EXPERT)
  @Operation(summary = "Decline a request; it passes to the next match when the SME allowed it")
  public EngagementView decline(@PathParam("id") long id, EngagementRequests.Decline body) {
    return answers.decline(actor(), id, body == null ? null : body.reason());
  }

  @POST
  @Path("{id}/cancel")
  @RolesAllowed(Roles.SME)
  @Operation(summary = "Withdraw a request or a booking before the work")
  public EngagementView cancel(@PathParam("id") long id) {
    return engagements.cancel(actor(), id);
  }

  @POST
  @Path("{id}/report")
  @RolesAllowed(Roles.EXPERT)
  @Operation(summary = "Report the work once it has happened: text and the plan items addressed")
  public EngagementView report(@PathParam("id") long id, EngagementRequests.Report body) {
    return answers.report(actor(), id, EngagementRequests.Report.toInput(body));
  }

  @POST
  @Path("{id}/rate")
  @RolesAllowed(Roles.SME)
  @Operation(summary = "Rate reported work 1–5 and mark addressed plan items done")
  public EngagementView rate(@PathParam("id") long id, EngagementRequests.Rating body) {
    return ratings.rate(actor(), id, EngagementRequests.Rating.toInput(body));
  }

  private AccountPrincipal actor() {
    return (AccountPrincipal) security.getUserPrincipal();
  }
}
