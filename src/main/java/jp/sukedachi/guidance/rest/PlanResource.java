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
@Path("v1/companies/{companyId}/plan")
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
    byte[] pdf = reports.pdf(actor(), companyId, budget.toRequest(), problems.locale());
    return download(pdf, "application/pdf", "sukedachi-plan.pdf");
  }

  @GET
  @Path("report.csv")
  @Produces("text/csv")
  @Operation(summary = "The plan as CSV (UTF-8 with BOM, for Excel)")
  public Response csv(@BeanParam Budget budget) {
    byte[] csv = reports.csv(actor(), companyId, budget.toRequest(), problems.locale());
    return download(csv, "text/csv; charset=UTF-8", "sukedachi-plan.csv");
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
  @Path("history")
  @Operation(summary = "Residual risk and self-check score over time")
  public List<PlanService.HistoryPoint> history() {
    return plans.history(actor(), companyId);
  }

  private static Response download(byte[] body, String type, String name) {
    return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
  }

  private AccountPrincipal actor() {
    return (AccountPrincipal) security.getUserPrincipal();
  }
}
