package jp.sukedachi.sharing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.security.Roles;
import jp.sukedachi.assessment.facts.CompanyFacts;
import jp.sukedachi.guidance.rest.PlanResponses;
import jp.sukedachi.platform.ProblemFactory;
import jp.sukedachi.sharing.application.SharedCompany;
import jp.sukedachi.sharing.application.SharedCompanyService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** What a consent recipient may read of the companies that share with it. */
@Path("v1/shared-companies")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ANY_ACCOUNT)
public class SharedCompanyResource {
  @Inject SharedCompanyService shared;
  @Inject ProblemFactory problems;
  @Context SecurityContext security;

  /** The shared view; parts not granted are absent. */
  public record Body(long companyId, List<String> parts, SharedCompany.Profile profile,
      SharedCompany.Assets assets, List<CompanyFacts.InformationAssetFact> informationAssets,
      SelfCheck selfCheck, PlanResponses.PlanBody plan) {}

  /** The latest self-check as shared. */
  public record SelfCheck(Instant takenAt, int score, String band, Map<Integer, String> answers) {}

  /** A company that shares something with the caller. */
  public record Sharer(long companyId, String name, List<String> parts) {}

  @GET
  @Operation(summary = "The companies that share parts of their data with the caller now")
  public List<Sharer> sharers() {
    return shared.sharedWithMe(actor()).stream()
        .map(s -> new Sharer(s.companyId(), s.name(), s.parts().stream().map(Enum::name).toList())).toList();
  }

  @GET
  @Path("{companyId}")
  @Operation(summary = "Only the parts of a company's data that its live grants to the caller cover; "
      + "the read is logged for the owner")
  public Body read(@PathParam("companyId") long companyId) {
    return body(shared.read(actor(), companyId), problems.locale());
  }

  public static Body body(SharedCompany s, java.util.Locale locale) {
    var check = s.selfCheck();
    SelfCheck selfCheck = check == null ? null : new SelfCheck(check.takenAt(), check.score(), check.band(),
        check.answers().entrySet().stream().collect(java.util.stream.Collectors.toMap(
            Map.Entry::getKey, e -> e.getValue().name(), (a, b) -> a, java.util.TreeMap::new)));
    return new Body(s.companyId(), s.parts().stream().map(Enum::name).toList(), s.profile(), s.assets(),
        s.informationAssets(), selfCheck,
        s.plan() == null ? null : PlanResponses.sharedPlan(s.plan(), locale));
  }

  private AccountPrincipal actor() {
    return (AccountPrincipal) security.getUserPrincipal();
  }
}
