package jp.sukedachi.matching.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.security.Roles;
import jp.sukedachi.matching.application.ExpertMatches;
import jp.sukedachi.platform.InvalidInputException;
import jp.sukedachi.platform.ProblemFactory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Verified experts ranked for a company's open plan items, each with why. */
@Path("v1/companies/{companyId: [0-9]{1,18}}/expert-matches")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ANY_ACCOUNT)
public class ExpertMatchResource {
  @Inject ExpertMatches matches;
  @Inject ProblemFactory problems;
  @Context SecurityContext security;
  @PathParam("companyId") long companyId;

  @GET
  @Operation(summary = "The top 20 verified experts for the company's open plan items, with reasons; "
      + "when nobody fits, why and what is offered instead (remote experts, experts in the region). "
      + "from/to (ISO-8601 with offset): the window in which free slots count (default: the next two weeks)")
  public ExpertMatchResponses.Matches list(@QueryParam("from") String from, @QueryParam("to") String to) {
    return ExpertMatchResponses.of(matches.matches(actor(), companyId, instant("from", from), instant("to", to)),
        problems.locale());
  }

  private static Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(field, "slot.time.invalid", value.length() > 20 ? value.substring(0, 20) : value);
    }
  }

  private AccountPrincipal actor() {
    return (AccountPrincipal) security.getUserPrincipal();
  }
}
