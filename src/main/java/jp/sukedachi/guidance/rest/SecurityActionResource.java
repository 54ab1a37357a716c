package jp.sukedachi.guidance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.security.Roles;
import jp.sukedachi.guidance.application.PlanService;
import jp.sukedachi.guidance.application.ReportService;
import jp.sukedachi.guidance.domain.SecurityActionReadiness;
import jp.sukedachi.platform.ProblemFactory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** SECURITY ACTION readiness and the draft basic policy. */
@Path("v1/companies/{companyId: [0-9]{1,18}}/security-action")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ANY_ACCOUNT)
public class SecurityActionResource {
  @Inject PlanService plans;
  @Inject ReportService reports;
  @Inject ProblemFactory problems;
  @Context SecurityContext security;
  @PathParam("companyId") long companyId;

  /** A missing measure. */
  public record Missing(String code, String title) {}

  /** Readiness for ★ and ★★. */
  public record Readiness(boolean oneStar, boolean twoStars, List<Missing> missingForOneStar,
      boolean selfCheckTaken, boolean policyPublished, List<Missing> missingForTwoStars) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Readiness to declare SECURITY ACTION one star and two stars, with what is missing")
  public Readiness readiness() {
    SecurityActionReadiness r = plans.securityAction(actor(), companyId);
    var locale = problems.locale();
    return new Readiness(r.oneStar(), r.twoStars(),
        r.missingForOneStar().stream().map(m -> new Missing(m.code(), m.title().in(locale))).toList(),
        r.selfCheckTaken(), r.policyPublished(),
        r.missingForTwoStars().stream().map(m -> new Missing(m.code(), m.title().in(locale))).toList());
  }

  @GET
  @Path("basic-policy")
  @Produces("text/plain")
  @Operation(summary = "A draft 情報セキュリティ基本方針 with the company's name, following IPA's sample")
  public Response basicPolicy() {
    String text = reports.policy(actor(), companyId, problems.locale());
    return Response.ok(text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"basic-policy.txt\"").build();
  }

  private AccountPrincipal actor() {
    return (AccountPrincipal) security.getUserPrincipal();
  }
}
