package jp.sukedachi.engagement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.security.Roles;
import jp.sukedachi.engagement.application.Inquiries;
import jp.sukedachi.engagement.application.InquiryInput;
import jp.sukedachi.engagement.application.InquirySummary;
import jp.sukedachi.engagement.application.InquiryThread;
import jp.sukedachi.engagement.domain.Side;
import jp.sukedachi.platform.ProblemFactory;
import jp.sukedachi.sharing.rest.SharedCompanyResource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Inquiries to お助け隊 providers and their threads, for the SME that asked and the provider asked. */
@Path("v1/inquiries")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.SME, Roles.PROVIDER})
public class InquiryResource {
  @Inject Inquiries inquiries;
  @Inject ProblemFactory problems;
  @Context SecurityContext security;

  /** A new inquiry. */
  public record InquiryBody(Long serviceId, Long companyId, String message, List<String> parts) {}

  /** A message for the thread. */
  public record MessageBody(String text) {}

  /** A status change. */
  public record StatusBody(String status) {}

  /** An inquiry in a list, or as created. */
  public record Summary(long id, long serviceId, String serviceName, String providerName, long companyId,
      String status, Instant createdAt, Instant updatedAt) {
    static Summary of(InquirySummary s) {
      return new Summary(s.id(), s.serviceId(), s.serviceName(), s.providerName(), s.companyId(), s.status().name(),
          s.createdAt(), s.updatedAt());
    }
  }

  /** A message as shown. */
  public record Message(long id, String side, boolean mine, String text, Instant sentAt) {
    static Message of(InquiryThread.Message m) {
      return new Message(m.id(), m.side().name(), m.mine(), m.text(), m.sentAt());
    }
  }

  /** The grant behind the inquiry, for the SME. */
  public record Grant(long id, List<String> parts, boolean live) {}

  /** A thread; {@code grant} for the SME, {@code shared} for the provider (absent when no grant is live). */
  public record Thread(long id, long serviceId, String serviceName, String providerName, long companyId,
      String status, String side, List<String> allowedStatuses, List<Message> messages, Grant grant,
      SharedCompanyResource.Body shared) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SME)
  @Operation(summary = "Ask a provider about a published service, sharing chosen parts "
      + "(PROFILE, ASSET_COUNTS, INFORMATION_ASSETS, SELF_CHECK, PLAN) through a consent grant to its account")
  @APIResponse(responseCode = "201", description = "Sent; body has the inquiry's id and status NEW")
  public Response send(InquiryBody body, @Context UriInfo uri) {
    InquiryInput input = body == null ? new InquiryInput(null, null, null, null)
        : new InquiryInput(body.serviceId(), body.companyId(), body.message(), body.parts());
    InquirySummary s = inquiries.send(actor(), input);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(s.id())).build())
        .entity(Summary.of(s)).build();
  }

  @GET
  @Operation(summary = "The caller's inquiries: its company's for an SME, those sent to it for a provider")
  public List<Summary> mine() {
    return inquiries.mine(actor()).stream().map(Summary::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One thread: messages, status, and for the provider the data shared while a grant is live")
  public Thread thread(@PathParam("id") long id) {
    InquiryThread t = inquiries.thread(actor(), id);
    return new Thread(t.id(), t.serviceId(), t.serviceName(), t.providerName(), t.companyId(), t.status().name(),
        t.side().name(), t.allowed().stream().map(Enum::name).toList(),
        t.messages().stream().map(Message::of).toList(),
        t.side() == Side.SME
            ? new Grant(t.grantId(), t.grantParts().stream().map(Enum::name).toList(), t.grantLive()) : null,
        t.shared() == null ? null : SharedCompanyResource.body(t.shared(), problems.locale()));
  }

  @POST
  @Path("{id}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Write in the thread; a provider's first answer marks a NEW inquiry ANSWERED")
  @APIResponse(responseCode = "201", description = "Written")
  public Response write(@PathParam("id") long id, MessageBody body) {
    InquiryThread.Message m = inquiries.write(actor(), id, body == null ? null : body.text());
    return Response.status(Response.Status.CREATED).entity(Message.of(m)).build();
  }

  @POST
  @Path("{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Move the inquiry: ANSWERED (provider, from NEW), CONTRACTED or DECLINED (either, while "
      + "NEW or ANSWERED), CLOSED (the SME); 409 when not allowed now or changed meanwhile")
  public StatusBody status(@PathParam("id") long id, StatusBody body) {
    return new StatusBody(inquiries.changeStatus(actor(), id, body == null ? null : body.status()).name());
  }

  private AccountPrincipal actor() {
    return (AccountPrincipal) security.getUserPrincipal();
  }
}
