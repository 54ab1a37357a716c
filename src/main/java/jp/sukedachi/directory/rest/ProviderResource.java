package jp.sukedachi.directory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.security.Roles;
import jp.sukedachi.directory.application.ProviderService;
import jp.sukedachi.directory.application.ProviderView;
import jp.sukedachi.directory.application.ServiceListings;
import jp.sukedachi.platform.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The caller's provider company (PROVIDER accounts, one company each) and its services. */
@Path("v1/providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.PROVIDER)
public class ProviderResource {
  @Inject ProviderService providers;
  @Inject ServiceListings services;
  @Context SecurityContext security;

  @POST
  @Operation(summary = "Register the caller's provider company: name, 法人番号 (check digit verified), address, contact e-mail")
  @APIResponse(responseCode = "201", description = "Registered; body has its id")
  public Response register(DirectoryRequests.Provider body, @Context UriInfo uri) {
    ProviderView v = providers.register(actor(), DirectoryRequests.Provider.toInput(body));
    return Response.created(uri.getAbsolutePathBuilder().path("me").build())
        .entity(DirectoryResponses.Provider.of(v)).build();
  }

  @GET
  @Path("me")
  @Operation(summary = "The caller's provider company (404 until registered)")
  public DirectoryResponses.Provider mine() {
    return DirectoryResponses.Provider.of(providers.mine(actor())
        .orElseThrow(() -> new NotFoundException("error.provider.none")));
  }

  @PUT
  @Path("me")
  @Operation(summary = "Replace what the caller's provider company states")
  public DirectoryResponses.Provider describe(DirectoryRequests.Provider body) {
    return DirectoryResponses.Provider.of(providers.describe(actor(), DirectoryRequests.Provider.toInput(body)));
  }

  @GET
  @Path("me/services")
  @Operation(summary = "The caller's services in every state, with whether a revision is published")
  public List<DirectoryResponses.Summary> services() {
    return services.mine(actor()).stream().map(DirectoryResponses.Summary::of).toList();
  }

  private AccountPrincipal actor() {
    return (AccountPrincipal) security.getUserPrincipal();
  }
}
