package jp.sukedachi.account.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jp.sukedachi.account.application.AccountService;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.rest.AccountRequests.AccountResponse;
import jp.sukedachi.account.rest.AccountRequests.AccountStatistics;
import jp.sukedachi.account.rest.AccountRequests.Confirmation;
import jp.sukedachi.account.rest.AccountRequests.SignUpAccepted;
import jp.sukedachi.account.rest.AccountRequests.SignUpRequest;
import jp.sukedachi.account.security.ClientAddress;
import jp.sukedachi.account.security.Roles;
import jp.sukedachi.platform.ProblemFactory;
import jp.sukedachi.platform.Texts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Sign-up, the caller's own account, and account numbers for operators. */
@Path("v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {
  @Inject AccountService accounts;
  @Inject ClientAddress clients;
  @Inject ProblemFactory problems;

  @POST
  @PermitAll
  @Operation(summary = "Sign up as SME, EXPERT or PROVIDER",
      description = "Always answers 202 \"check your mail\", whether or not the address is registered: a new "
          + "address gets a confirmation link (the account exists once it is used), a registered one a "
          + "mail saying someone tried to sign up with it.")
  @APIResponse(responseCode = "202", description = "Check your mail")
  @APIResponse(responseCode = "429", description = "Too many sign-ups from this client; see Retry-After")
  public Response signUp(SignUpRequest body, @Context HttpServletRequest request) {
    accounts.signUp(SignUpRequest.toCommand(body), clients.of(request));
    return Response.accepted(new SignUpAccepted("CHECK_YOUR_MAIL",
        Texts.message(problems.locale(), "signup.checkMail"))).build();
  }

  @POST
  @Path("confirmations")
  @PermitAll
  @Operation(summary = "Use the token of a sign-up confirmation link: the account is created")
  @APIResponse(responseCode = "201", description = "Account created")
  @APIResponse(responseCode = "400", description = "The link is unknown, used or expired")
  public Response confirm(Confirmation body, @Context UriInfo uri) {
    AccountPrincipal created = accounts.confirm(body == null ? null : body.token());
    return Response.created(uri.getBaseUriBuilder().path("v1/accounts/me").build())
        .entity(toResponse(created))
        .build();
  }

  @GET
  @Path("me")
  @RolesAllowed(Roles.ANY_ACCOUNT)
  @Operation(summary = "The signed-in account")
  @SecurityRequirement(name = "bearer")
  public AccountResponse me(@Context SecurityContext security) {
    return toResponse((AccountPrincipal) security.getUserPrincipal());
  }

  @GET
  @Path("statistics")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "How many accounts there are, by role (ADMIN only)")
  @SecurityRequirement(name = "bearer")
  public AccountStatistics statistics() {
    return AccountStatistics.of(accounts.countByRole());
  }

  private static AccountResponse toResponse(AccountPrincipal p) {
    return new AccountResponse(p.id(), p.email(), p.displayName(), p.role().name());
  }
}
