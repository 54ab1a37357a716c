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
import jp.sukedachi.engagement.application.HoursRequestInput;
import jp.sukedachi.engagement.application.HoursRequestView;
import jp.sukedachi.engagement.application.HoursRequests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** "Find me someone": hours an SME asks of the program, assigned by the operator's monthly allocation. */
@Path("v1/hours-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.SME)
public class HoursRequestResource {
  @Inject HoursRequests requests;
  @Context SecurityContext security;

  /**
   * companyId; hours 1–40; month yyyy-MM (this month or the next); description; measureCodes: open
   * plan items an expert can help with; parts: the data shared with the expert assigned.
   */
  public record Body(Long companyId, Integer hours, String month, String description, List<String> measureCodes,
      List<String> parts) {}

  @POST
  @Operation(summary = "Ask the program for an expert's hours on open plan items; assigned by the monthly allocation")
  @APIResponse(responseCode = "201", description = "Waiting for the allocation")
  public Response create(Body b, @Context UriInfo uri) {
    HoursRequestView v = requests.create(actor(), b == null ? HoursRequestInput.empty()
        : new HoursRequestInput(b.companyId(), b.hours(), b.month(), b.description(), b.measureCodes(), b.parts()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(v.id())).build()).entity(v).build();
  }

  @GET
  @Operation(summary = "The company's requests to the program, newest first")
  public List<HoursRequestView> mine() {
    return requests.mine(actor());
  }

  @POST
  @Path("{id}/withdraw")
  @Operation(summary = "Withdraw an open request (409 once assigned)")
  public HoursRequestView withdraw(@PathParam("id") long id) {
    return requests.withdraw(actor(), id);
  }

  private AccountPrincipal actor() {
    return (AccountPrincipal) security.getUserPrincipal();
  }
}
