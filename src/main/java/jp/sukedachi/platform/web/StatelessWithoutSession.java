package jp.sukedachi.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * No session for a visitor who has none: the pages an anonymous visitor reaches (home, login,
 * sign-up, the error pages) render as stateless views ({@code ViewState} "stateless"), so Faces
 * keeps nothing on the server for them, and PrimeFaces keeps its script nonce in the response
 * alone. A stateless form still posts (the view is built again), so logging in, signing up and
 * choosing the language work; signing in makes the session, and from then on views are stateful.
 * Set right after the view is created or restored, before PrimeFaces' CSP listener and the render
 * phase look at it.
 */
public class StatelessWithoutSession implements PhaseListener {
  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    UIViewRoot view = event.getFacesContext().getViewRoot();
    if (view != null && event.getFacesContext().getExternalContext().getSession(false) == null) {
      view.setTransient(true);
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // nothing before the view exists
  }
}
