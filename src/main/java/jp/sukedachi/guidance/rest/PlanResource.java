package jp.sukedachi.guidance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.security.Roles;
import jp.sukedachi.guidance.application.PlanRequest;
import jp.sukedachi.guidance.application.PlanService;
import jp.sukedachi.guidance.application.ReportService;
import jp.sukedachi.guidance.domain.ProgressStatus;
import jp.sukedachi.platform.ProblemFactory;
import jp.sukedachi.platform.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A company's plan: the budget-optimal roadmap, what-if budgets, progress, reports. */
@Path("v1/companies/{companyId: [0-9]{1,18}}/plan")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ANY_ACCOUNT)
public class PlanResource {
  @Inject PlanService plans;
  @Inject ReportService reports;
  @Inject ProblemFactory problems;
  @Context SecurityContext security;
  @PathParam("companyId") long companyId;

  /** The what-if budget in the query; omitted values take the company's own budget. */
  public static class Budget {
    @QueryParam("monthlyBudgetYen") String monthlyBudgetYen;
    @QueryParam("oneOffBudgetYen") String oneOffBudgetYen;
    @QueryParam("hours") String hours;
    @QueryParam("subsidy") String subsidy;

    PlanRequest toRequest() {
      return new PlanRequest(QueryParams.longOrNull("monthlyBudgetYen", monthlyBudgetYen),
          QueryParams.longOrNull("oneOffBudgetYen", oneOffBudgetYen),
          QueryParams.doubleOrNull("hours", hours), QueryParams.booleanOrNull("subsidy", subsidy));
    }
  }

  /** A progress update. */
  public record ProgressBody(String status) {}

  @GET
  @Operation(summary = "The budget-optimal plan with phases, costs, residual risk and reasons")
  public PlanResponses.PlanBody plan(@BeanParam Budget budget) {
    return PlanResponses.plan(plans.proposePlan(actor(), companyId, budget.toRequest()), problems.locale());
  }

  @GET
  @Path("report.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The plan as a PDF report")
  public Response pdf(@BeanParam Budget budget) {
    return download(reports.pdf(actor(), companyId, budget.toRequest(), problems.locale()),
        "application/pdf", "sukedachi-plan.pdf");
  }

  @GET
  @Path("report.csv")
  @Produces("text/csv")
  @Operation(summary = "The plan as CSV (UTF-8 with BOM, for Excel)")
  public Response csv(@BeanParam Budget budget) {
    return download(reports.csv(actor(), companyId, budget.toRequest(), problems.locale()),
        "text/csv; charset=UTF-8", "sukedachi-plan.csv");
  }

  @GET
  @Path("progress")
  @Operation(summary = "Progress by measure code")
  public Map<String, ProgressStatus> progress() {
    return plans.progress(actor(), companyId);
  }

  @PUT
  @Path("progress/{measureCode}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Mark a measure PLANNED, IN_PROGRESS or DONE; the plan and residual risk update")
  public Map<String, ProgressStatus> markProgress(@PathParam("measureCode") String measureCode,
      ProgressBody body) {
    return plans.markProgress(actor(), companyId, measureCode, body == null ? null : body.status());
  }

  @GET
  @Path("versions")
  @Operation(summary = "The stored versions of the adopted plan, newest first")
  public List<PlanResponses.StoredPlanBody> versions() {
    return plans.versions(actor(), companyId).stream().map(PlanResponses::stored).toList();
  }

  @GET
  @Path("versions/{version}")
  @Operation(summary = "One stored version of the adopted plan, with the numbers of its items")
  public PlanResponses.StoredPlanBody version(@PathParam("version") int version) {
    return PlanResponses.stored(plans.version(actor(), companyId, version));
  }

  @GET
  @Path("history")
  @Operation(summary = "Residual risk and self-check score over time")
  public List<PlanService.HistoryPoint> history() {
    return plans.history(actor(), companyId);
  }

  /** The file, named after the plan version whose numbers it holds (also in X-Plan-Version). */
  private static Response download(ReportService.Report report, String type, String name) {
    var r = Response.ok(report.body(), type);
    String file = name;
    if (report.version() != null) {
      r.header("X-Plan-Version", report.version().version());
      file = name.replace(".", "-v" + report.version().version() + ".");
    }
    return r.header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
  }

  private AccountPrincipal actor() {
    return (AccountPrincipal) security.getUserPrincipal();
  }
}
