package jp.sukedachi.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.security.Roles;
import jp.sukedachi.assessment.application.AssetService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A company's IT assets (equipment and services), with CSV import. */
@Path("v1/companies/{companyId: [0-9]{1,18}}/assets")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ANY_ACCOUNT)
public class ItAssetResource {
  private static final String CSV = "text/csv";

  @Inject AssetService assets;
  @Context SecurityContext security;
  @PathParam("companyId") long companyId;

  @GET
  @Operation(summary = "IT assets")
  public List<AssessmentResponses.ItAsset> list() {
    return assets.itAssets(actor(), companyId).stream().map(AssessmentResponses::itAsset).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a group of IT assets")
  @APIResponse(responseCode = "201", description = "Added")
  public Response add(AssessmentRequests.ItAsset body) {
    var v = assets.addItAsset(actor(), companyId, AssessmentRequests.ItAsset.toInput(body));
    return Response.created(URI.create("v1/companies/" + companyId + "/assets/" + v.id()))
        .entity(AssessmentResponses.itAsset(v)).build();
  }

  @DELETE
  @Path("{assetId}")
  @Operation(summary = "Remove a group of IT assets")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response remove(@PathParam("assetId") long assetId) {
    assets.removeItAsset(actor(), companyId, assetId);
    return Response.noContent().build();
  }

  @POST
  @Path("import")
  @Consumes({CSV, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(summary = "Import IT assets from CSV (UTF-8 with/without BOM or Shift_JIS); all rows or none")
  @APIResponse(responseCode = "200", description = "Imported; body lists all IT assets")
  public List<AssessmentResponses.ItAsset> importCsv(byte[] csv) {
    return assets.importItAssets(actor(), companyId, csv).stream()
        .map(AssessmentResponses::itAsset).toList();
  }

  private AccountPrincipal actor() {
    return (AccountPrincipal) security.getUserPrincipal();
  }
}
