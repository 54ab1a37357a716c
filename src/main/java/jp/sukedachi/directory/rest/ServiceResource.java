package jp.sukedachi.directory.rest;

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
import java.util.List;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.security.Roles;
import jp.sukedachi.directory.application.PublishedServices;
import jp.sukedachi.directory.application.ServiceListings;
import jp.sukedachi.directory.application.ServiceReviews;
import jp.sukedachi.directory.application.ServiceView;
import jp.sukedachi.directory.domain.PublishedService;
import jp.sukedachi.platform.ProblemFactory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * お助け隊 service listings: providers list, edit, submit and withdraw their services; operators
 * review, suspend and reinstate; anyone signed in reads the published ones.
 */
@Path("v1/services")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ANY_ACCOUNT)
public class ServiceResource {
  @Inject ServiceListings listings;
  @Inject ServiceReviews reviews;
  @Inject PublishedServices published;
  @Inject ProblemFactory problems;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "The published services (approved, not suspended or withdrawn)")
  public List<PublishedService> published() {
    return published.all();
  }

  @POST
  @RolesAllowed(Roles.PROVIDER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "List a new service as a draft (the provider company must be registered)")
  @APIResponse(responseCode = "201", description = "Created; body has id and status DRAFT")
  public Response create(DirectoryRequests.Service body, @Context UriInfo uri) {
    ServiceView v = listings.create(actor(), DirectoryRequests.Service.toInput(body));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(v.id())).build()).entity(out(v)).build();
  }

  @GET
  @Path("submitted")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Revisions waiting for review, with what changed against the published revision")
  public List<DirectoryResponses.Submitted> submitted() {
    return reviews.queue(actor()).stream().map(i -> DirectoryResponses.Submitted.of(i, problems.locale())).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A service: everything for its provider and operators, the published revision for others")
  public DirectoryResponses.Service get(@PathParam("id") long id) {
    return out(listings.get(actor(), id));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Roles.PROVIDER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the terms: a draft is rewritten; after review a new draft revision is made"
      + " while the published one stays visible")
  public DirectoryResponses.Service edit(@PathParam("id") long id, DirectoryRequests.Service body) {
    return out(listings.edit(actor(), id, DirectoryRequests.Service.toInput(body)));
  }

  @POST
  @Path("{id}/submit")
  @RolesAllowed(Roles.PROVIDER)
  @Operation(summary = "Send the draft for review; 400 whose errors name each failed rule of the standard")
  public DirectoryResponses.Service submit(@PathParam("id") long id) {
    return out(listings.submit(actor(), id));
  }

  @POST
  @Path("{id}/review")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Approve (PUBLISHED) or reject with a reason (REJECTED) the revision under review")
  public DirectoryResponses.Service review(@PathParam("id") long id, DirectoryRequests.Review body) {
    return out(reviews.review(actor(), id, DirectoryRequests.Review.toInput(body)));
  }

  @POST
  @Path("{id}/withdraw")
  @RolesAllowed(Roles.PROVIDER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "End the service for good; it is no longer shown, its history stays")
  public DirectoryResponses.Service withdraw(@PathParam("id") long id, DirectoryRequests.Reason body) {
    return out(listings.withdraw(actor(), id, DirectoryRequests.Reason.toInput(body)));
  }

  @POST
  @Path("{id}/suspend")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Hide a published service, with a reason")
  public DirectoryResponses.Service suspend(@PathParam("id") long id, DirectoryRequests.Reason body) {
    return out(reviews.suspend(actor(), id, DirectoryRequests.Reason.toInput(body)));
  }

  @POST
  @Path("{id}/reinstate")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Show a suspended service again")
  public DirectoryResponses.Service reinstate(@PathParam("id") long id, DirectoryRequests.Reason body) {
    return out(reviews.reinstate(actor(), id, DirectoryRequests.Reason.toInput(body)));
  }

  @GET
  @Path("{id}/history")
  @Operation(summary = "Every revision and every step (who, when, what, why), for its provider and operators")
  public DirectoryResponses.History history(@PathParam("id") long id) {
    return DirectoryResponses.History.of(listings.history(actor(), id));
  }

  private DirectoryResponses.Service out(ServiceView v) {
    return DirectoryResponses.Service.of(v, problems.locale());
  }

  private AccountPrincipal actor() {
    return (AccountPrincipal) security.getUserPrincipal();
  }
}
