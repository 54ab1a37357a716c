package jp.sukedachi.expert.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jp.sukedachi.expert.application.ExpertProfiles;
import jp.sukedachi.expert.application.ExpertSlots;
import jp.sukedachi.expert.application.ExpertView;
import jp.sukedachi.expert.application.PublicExpert;
import jp.sukedachi.expert.application.SlotView;
import jp.sukedachi.platform.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The caller's expert profile and slots (EXPERT), and the operator's verification (ADMIN). */
@Path("v1/experts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ExpertResource {
  @Inject ExpertProfiles profiles;
  @Inject ExpertSlots slots;
  @Context SecurityContext security;

  @PUT
  @Path("me")
  @RolesAllowed(Roles.EXPERT)
  @Operation(summary = "Create or replace the caller's profile; a new or changed RISS registration waits for an operator")
  public ExpertView save(ExpertRequests.Profile body) {
    return profiles.save(actor(), ExpertRequests.Profile.toInput(body));
  }

  @GET
  @Path("me")
  @RolesAllowed(Roles.EXPERT)
  @Operation(summary = "The caller's profile with its verification status (404 until created)")
  public ExpertView mine() {
    return profiles.mine(actor()).orElseThrow(() -> new NotFoundException("error.expert.none"));
  }

  @POST
  @Path("me/slots")
  @RolesAllowed(Roles.EXPERT)
  @Operation(summary = "Offer a bookable slot: in the future, 30 min to 8 h, not overlapping another")
  @APIResponse(responseCode = "201", description = "Added; body has its id")
  public Response addSlot(ExpertRequests.Slot body, @Context UriInfo uri) {
    SlotView slot = slots.add(actor(), ExpertRequests.Slot.toInput(body));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(slot.id())).build()).entity(slot).build();
  }

  @GET
  @Path("me/slots")
  @RolesAllowed(Roles.EXPERT)
  @Operation(summary = "The caller's slots that have not ended, with whether each is taken")
  public List<SlotView> mySlots() {
    return slots.mine(actor());
  }

  @DELETE
  @Path("me/slots/{slotId}")
  @RolesAllowed(Roles.EXPERT)
  @Operation(summary = "Remove a free slot (409 while a request or booking holds it)")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response removeSlot(@PathParam("slotId") long slotId) {
    slots.remove(actor(), slotId);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.SME, Roles.ADMIN})
  @Operation(summary = "A verified expert as SMEs see it: skills, reach, rate, rating, outcomes and free slots")
  public PublicExpert one(@PathParam("id") long id) {
    return slots.publicProfile(id);
  }

  @GET
  @Path("pending")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Profiles waiting for verification, the longest waiting first")
  public List<ExpertView> pending() {
    return profiles.pending(actor());
  }

  @POST
  @Path("{id}/review")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Verify (APPROVE) or reject (REJECT, with a reason) an expert's registration")
  public ExpertView review(@PathParam("id") long id, ExpertRequests.Review body) {
    return profiles.review(actor(), id, ExpertRequests.Review.toInput(body));
  }

  private AccountPrincipal actor() {
    return (AccountPrincipal) security.getUserPrincipal();
  }
}
