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

/** A company's information-asset register (情報資産管理台帳), with CSV import. */
@Path("v1/companies/{companyId: [0-9]{1,18}}/information-assets")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ANY_ACCOUNT)
public class InformationAssetResource {
  private static final String CSV = "text/csv";

  @Inject AssetService assets;
  @Context SecurityContext security;
  @PathParam("companyId") long companyId;

  @GET
  @Operation(summary = "Information-asset register")
  public List<AssessmentResponses.InformationAsset> list() {
    return assets.informationAssets(actor(), companyId).stream()
        .map(AssessmentResponses::informationAsset).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add an information asset; importance is derived from C/I/A and personal data")
  @APIResponse(responseCode = "201", description = "Added")
  public Response add(AssessmentRequests.InformationAsset body) {
    var v = assets.addInformationAsset(actor(), companyId,
        AssessmentRequests.InformationAsset.toInput(body));
    return Response.created(URI.create("v1/companies/" + companyId + "/information-assets/" + v.id()))
        .entity(AssessmentResponses.informationAsset(v)).build();
  }

  @DELETE
  @Path("{assetId}")
  @Operation(summary = "Remove an information asset")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response remove(@PathParam("assetId") long assetId) {
    assets.removeInformationAsset(actor(), companyId, assetId);
    return Response.noContent().build();
  }

  @POST
  @Path("import")
  @Consumes({CSV, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(summary = "Import the information-asset register from CSV; all rows or none")
  @APIResponse(responseCode = "200", description = "Imported; body lists the whole register")
  public List<AssessmentResponses.InformationAsset> importCsv(byte[] csv) {
    return assets.importInformationAssets(actor(), companyId, csv).stream()
        .map(AssessmentResponses::informationAsset).toList();
  }

  private AccountPrincipal actor() {
    return (AccountPrincipal) security.getUserPrincipal();
  }
}
