package jp.sukedachi.assessment.rest;

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
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.security.Roles;
import jp.sukedachi.assessment.access.AccessLogView;
import jp.sukedachi.assessment.access.ConsentService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** For the owner: who read which parts of its company's data. */
@Path("v1/companies/{companyId}/access-log")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ANY_ACCOUNT)
public class AccessLogResource {
  @Inject ConsentService consents;
  @Context SecurityContext security;

  /** One read through a grant or by an operator. */
  public record LogEntry(Instant at, String readerEmail, String via, List<String> parts) {
    static LogEntry of(AccessLogView v) {
      return new LogEntry(v.at(), v.readerEmail(), v.via(), v.parts().stream().map(Enum::name).toList());
    }
  }

  @GET
  @Operation(summary = "Who read which parts of the company's data, through a grant or as an operator")
  public List<LogEntry> accessLog(@PathParam("companyId") long companyId) {
    return consents.accessLog(actor(), companyId).stream().map(LogEntry::of).toList();
  }

  private AccountPrincipal actor() {
    return (AccountPrincipal) security.getUserPrincipal();
  }
}
