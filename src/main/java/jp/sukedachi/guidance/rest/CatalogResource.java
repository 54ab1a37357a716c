package jp.sukedachi.guidance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.sukedachi.account.security.Roles;
import jp.sukedachi.guidance.application.CatalogueService;
import jp.sukedachi.platform.ProblemFactory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The measure catalogue, its threats and the capabilities its measures need, read-only. */
@Path("v1/catalog")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ANY_ACCOUNT)
public class CatalogResource {
  @Inject CatalogueService catalogues;
  @Inject ProblemFactory problems;

  @GET
  @Path("measures")
  @Operation(summary = "Every measure of the current catalogue version")
  public List<PlanResponses.MeasureBody> measures() {
    return catalogues.current().measures().stream()
        .map(m -> PlanResponses.measure(m, problems.locale())).toList();
  }

  @GET
  @Path("routes")
  @Operation(summary = "The attack routes threats come through and what opens each for a company")
  public List<PlanResponses.RouteBody> routes() {
    return catalogues.current().routes().stream()
        .map(r -> PlanResponses.route(r, problems.locale())).toList();
  }

  @GET
  @Path("threats")
  @Operation(summary = "The threats the risk model weighs")
  public List<PlanResponses.ThreatBody> threats() {
    return catalogues.current().threats().stream()
        .map(t -> PlanResponses.threat(t, problems.locale())).toList();
  }

  @GET
  @Path("capabilities")
  @Operation(summary = "The deliverable capabilities measures need, which services and experts offer")
  public List<PlanResponses.CapabilityBody> capabilities() {
    return catalogues.current().capabilities().stream()
        .map(c -> PlanResponses.capability(c, problems.locale())).toList();
  }
}
