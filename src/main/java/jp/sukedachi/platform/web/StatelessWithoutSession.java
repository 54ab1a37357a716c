package jp.sukedachi.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * No session for a visitor who has none, and no forged stateless postback.
 *
 * <p>A visitor without a session gets stateless views ({@code ViewState} "stateless"), so a
 * visit makes no session. Two things make a view so, each needed at its moment: this listener
 * marks the view right after it is created on a GET, before PrimeFaces' CSP listener and the
 * render phase look at it (else they keep state in a new session); the {@code transient}
 * attribute of {@code f:view} in {@code WEB-INF/templates/main.xhtml} marks the view Faces builds
 * from a postback, which Faces checks to be transient before restoring it, before any listener
 * runs. Both ask the same question: has the visitor a session?
 *
 * <p>Faces builds <em>any</em> view again from a postback that says
 * {@code jakarta.faces.ViewState=stateless}, so that value proves nothing. Such a postback is
 * therefore refused before the view is restored (sent to the expired page; a GET carrying a view state is a 400) when the visitor has a session or is
 * signed in, or the page is one of the signed-in pages ({@value #SIGNED_IN_PAGES}): those forms
 * are protected by their server-side view state, which another site cannot know, besides the
 * cross-site check of {@link SecurityHeadersFilter} and the SameSite session cookie. Only the
 * forms of visitors without a session (log in, sign up, choose the language) post statelessly,
 * guarded by the cross-site check.
 */
public class StatelessWithoutSession implements PhaseListener {
  static final String SIGNED_IN_PAGES = "/sme/, /admin/, /account/, /provider/, /expert/";
  private static final long serialVersionUID = 1L;
  private static final List<String> PROTECTED = List.of(SIGNED_IN_PAGES.split(", "));

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    ExternalContext external = faces.getExternalContext();
    String state = external.getRequestParameterMap().get(ResponseStateManager.VIEW_STATE_PARAM);
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (state == null || request.getDispatcherType() != DispatcherType.REQUEST) { // the refusal's error page, say
      return;
    }
    // Faces takes any request with a view state for a postback, a GET too; a form is only ever
    // posted, and a GET would pass by the cross-site check of SecurityHeadersFilter (a link on
    // another site could sign its visitor in to the attacker's account).
    boolean get = !"POST".equals(request.getMethod());
    boolean stateMissing = "stateless".equals(state)
        && mustHaveState(request.getSession(false) != null || request.getUserPrincipal() != null,
            request.getServletPath());
    if (!get && !stateMissing) {
      return;
    }
    try {
      if (get) {
        external.responseSendError(HttpServletResponse.SC_BAD_REQUEST, null);
      } else {
        // A form of a sessionless page posted after signing in (an old tab), or a forged one:
        // nothing is done, and the visitor is told the page had expired, as for a stale view.
        external.redirect(external.getRequestContextPath() + ExpiredViews.PAGE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    UIViewRoot view = faces.getViewRoot();
    if (view != null && !faces.getResponseComplete() && faces.getExternalContext().getSession(false) == null) {
      view.setTransient(true);
    }
  }

  /** Whether a postback to {@code servletPath} must carry a server-side view state. */
  static boolean mustHaveState(boolean hasSession, String servletPath) {
    return hasSession || (servletPath != null && PROTECTED.stream().anyMatch(servletPath::startsWith));
  }
}
