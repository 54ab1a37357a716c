package jp.sukedachi.assessment.rest;

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
import java.util.List;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.assessment.application.AssetService;
import jp.sukedachi.assessment.application.InformationAssetInput;
import jp.sukedachi.assessment.application.ItAssetInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** IT assets and the information-asset register of a company, with CSV import. */
@Path("v1/companies/{companyId}")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AssetResource {
  private static final String CSV = "text/csv";

  @Inject AssetService assets;
  @Context SecurityContext security;
  @PathParam("companyId") long companyId;

  @GET
  @Path("assets")
  @Operation(summary = "IT assets")
  public List<AssessmentResponses.ItAsset> itAssets() {
    return assets.itAssets(actor(), companyId).stream().map(AssessmentResponses::itAsset).toList();
  }

  @POST
  @Path("assets")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a group of IT assets")
  @APIResponse(responseCode = "201", description = "Added")
  public Response addItAsset(ItAssetInput body) {
    var v = assets.addItAsset(actor(), companyId,
        body == null ? new ItAssetInput(null, null, null, null, null) : body);
    return created("assets", v.id(), AssessmentResponses.itAsset(v));
  }

  @DELETE
  @Path("assets/{assetId}")
  @Operation(summary = "Remove a group of IT assets")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response removeItAsset(@PathParam("assetId") long assetId) {
    assets.removeItAsset(actor(), companyId, assetId);
    return Response.noContent().build();
  }

  @POST
  @Path("assets/import")
  @Consumes({CSV, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(summary = "Import IT assets from CSV (UTF-8 with/without BOM or Shift_JIS); all rows or none")
  @APIResponse(responseCode = "200", description = "Imported; body lists all IT assets")
  public List<AssessmentResponses.ItAsset> importItAssets(byte[] csv) {
    return assets.importItAssets(actor(), companyId, csv).stream()
        .map(AssessmentResponses::itAsset).toList();
  }

  @GET
  @Path("information-assets")
  @Operation(summary = "Information-asset register (情報資産管理台帳)")
  public List<AssessmentResponses.InformationAsset> informationAssets() {
    return assets.informationAssets(actor(), companyId).stream()
        .map(AssessmentResponses::informationAsset).toList();
  }

  @POST
  @Path("information-assets")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add an information asset; importance is derived from C/I/A and personal data")
  @APIResponse(responseCode = "201", description = "Added")
  public Response addInformationAsset(InformationAssetInput body) {
    var v = assets.addInformationAsset(actor(), companyId,
        body == null ? new InformationAssetInput(null, null, null, null, null, null, null) : body);
    return created("information-assets", v.id(), AssessmentResponses.informationAsset(v));
  }

  @DELETE
  @Path("information-assets/{assetId}")
  @Operation(summary = "Remove an information asset")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response removeInformationAsset(@PathParam("assetId") long assetId) {
    assets.removeInformationAsset(actor(), companyId, assetId);
    return Response.noContent().build();
  }

  @POST
  @Path("information-assets/import")
  @Consumes({CSV, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(summary = "Import the information-asset register from CSV; all rows or none")
  @APIResponse(responseCode = "200", description = "Imported; body lists the whole register")
  public List<AssessmentResponses.InformationAsset> importInformationAssets(byte[] csv) {
    return assets.importInformationAssets(actor(), companyId, csv).stream()
        .map(AssessmentResponses::informationAsset).toList();
  }

  private Response created(String collection, long id, Object body) {
    String location = "v1/companies/" + companyId + "/" + collection + "/" + id;
    return Response.created(java.net.URI.create(location)).entity(body).build();
  }

  private AccountPrincipal actor() {
    return (AccountPrincipal) security.getUserPrincipal();
  }
}
