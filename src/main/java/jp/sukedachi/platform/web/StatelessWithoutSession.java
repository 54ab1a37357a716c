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
 * No session for a visitor who has none: the pages an anonymous visitor reaches (home, login,
 * sign-up, the error pages) render as stateless views ({@code ViewState} "stateless"), so Faces
 * keeps nothing on the server for them, and PrimeFaces keeps its script nonce in the response
 * alone. The view is marked right after it is created or restored, before PrimeFaces' CSP
 * listener and the render phase look at it, and again before rendering (a view a navigation
 * created). This is the only place that makes views stateless.
 *
 * <p>A stateless form still posts: Faces builds <em>any</em> view again from a postback that says
 * {@code jakarta.faces.ViewState=stateless}, so that value proves nothing. Such a postback is
 * therefore refused (400, before the view is restored) when the visitor has a session or the page
 * is one of the signed-in pages ({@value #SIGNED_IN_PAGES}): those forms are protected by their
 * server-side view state, which another site cannot know, besides the cross-site check of
 * {@link SecurityHeadersFilter} and the SameSite session cookie. Only the forms of visitors
 * without a session (log in, sign up, choose the language) post statelessly, guarded by the
 * cross-site check.
 */
public class StatelessWithoutSession implements PhaseListener {
  static final String SIGNED_IN_PAGES = "/sme/, /admin/, /account/, /provider/, /expert/";
  private static final long serialVersionUID = 1L;
  private static final List<String> PROTECTED = List.of(SIGNED_IN_PAGES.split(", "));

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.ANY_PHASE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (event.getPhaseId() == PhaseId.RESTORE_VIEW) {
      refuseForgedStatelessPostback(faces);
    } else if (event.getPhaseId() == PhaseId.RENDER_RESPONSE) {
      markStateless(faces);
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    if (event.getPhaseId() == PhaseId.RESTORE_VIEW) {
      markStateless(event.getFacesContext());
    }
  }

  private static void markStateless(FacesContext faces) {
    UIViewRoot view = faces.getViewRoot();
    if (view != null && !faces.getResponseComplete() && faces.getExternalContext().getSession(false) == null) {
      view.setTransient(true);
    }
  }

  private static void refuseForgedStatelessPostback(FacesContext faces) {
    ExternalContext external = faces.getExternalContext();
    String state = external.getRequestParameterMap().get(ResponseStateManager.VIEW_STATE_PARAM);
    if (!"stateless".equals(state)) {
      return;
    }
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (request.getDispatcherType() != DispatcherType.REQUEST // the error page of the refusal, say
        || !mustHaveState(request.getSession(false) != null, request.getServletPath())) {
      return;
    }
    try {
      external.responseSendError(HttpServletResponse.SC_BAD_REQUEST, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** Whether a postback to {@code servletPath} must carry a server-side view state. */
  static boolean mustHaveState(boolean hasSession, String servletPath) {
    return hasSession || (servletPath != null && PROTECTED.stream().anyMatch(servletPath::startsWith));
  }
}
