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
import jp.sukedachi.engagement.application.AllocationView;
import jp.sukedachi.engagement.application.Allocations;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The operator's program-wide allocation of a month's scarce expert hours (ADMIN). */
@Path("v1/allocations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ADMIN)
public class AllocationResource {
  @Inject Allocations allocations;
  @Context SecurityContext security;

  /** month: yyyy-MM, this month (default) or the next. */
  public record Run(String month) {}

  @POST
  @Operation(summary = "Compute a proposal for the month: open requests against experts' remaining hours, "
      + "with its numbers beside first come, first served")
  @APIResponse(responseCode = "201", description = "Proposed; apply it to make the requests")
  public Response run(Run body, @Context UriInfo uri) {
    AllocationView v = allocations.run(actor(), body == null ? null : body.month());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(v.id())).build()).entity(v).build();
  }

  @GET
  @Operation(summary = "Allocation runs, newest first")
  public List<AllocationView> list() {
    return allocations.list(actor());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One run with its numbers")
  public AllocationView one(@PathParam("id") long id) {
    return allocations.one(actor(), id);
  }

  @POST
  @Path("{id}/apply")
  @Operation(summary = "Apply a proposal once: each grant becomes a request to the assigned expert (409 if applied)")
  public AllocationView apply(@PathParam("id") long id) {
    return allocations.apply(actor(), id);
  }

  private AccountPrincipal actor() {
    return (AccountPrincipal) security.getUserPrincipal();
  }
}
