package jp.sukedachi.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.security.Roles;
import jp.sukedachi.notification.application.Inbox;
import jp.sukedachi.notification.application.NotificationService;
import jp.sukedachi.notification.application.NotificationView;
import jp.sukedachi.platform.ProblemFactory;
import jp.sukedachi.platform.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The caller's own notifications; another account's answer 404. */
@Path("v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ANY_ACCOUNT)
public class NotificationResource {
  @Inject NotificationService notifications;
  @Inject ProblemFactory problems;
  @Context SecurityContext security;

  /** One notification, its text in the language of Accept-Language. */
  public record Item(long id, String messageKey, String text, String link, Instant createdAt, Instant readAt,
      boolean read) {
    static Item of(NotificationView v) {
      return new Item(v.id(), v.messageKey(), v.text(), v.link(), v.createdAt(), v.readAt(), v.read());
    }
  }

  /** The newest notifications and the count of unread ones. */
  public record Body(long unread, List<Item> items) {
    static Body of(Inbox inbox) {
      return new Body(inbox.unread(), inbox.items().stream().map(Item::of).toList());
    }
  }

  @GET
  @Operation(summary = "The caller's notifications, newest first (limit 1-200, default 50), and the unread count")
  public Body list(@QueryParam("limit") String limit) {
    Long asked = QueryParams.longOrNull("limit", limit);
    return Body.of(notifications.inbox(actor(), problems.locale(),
        asked == null ? NotificationService.DEFAULT_LIMIT : asked));
  }

  @POST
  @Path("{id}/read")
  @Operation(summary = "Mark one of the caller's notifications read")
  @APIResponse(responseCode = "204", description = "Read")
  public Response read(@PathParam("id") long id) {
    notifications.markRead(actor(), id, problems.locale());
    return Response.noContent().build();
  }

  @POST
  @Path("read-all")
  @Operation(summary = "Mark all the caller's notifications read")
  @APIResponse(responseCode = "204", description = "All read")
  public Response readAll() {
    notifications.markAllRead(actor());
    return Response.noContent().build();
  }

  private AccountPrincipal actor() {
    return (AccountPrincipal) security.getUserPrincipal();
  }
}
