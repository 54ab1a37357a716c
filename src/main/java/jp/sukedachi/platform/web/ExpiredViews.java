package jp.sukedachi.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A form posted with a view state the server no longer has (the session expired, the page was
 * open too long) or never had (a forged or garbled {@code jakarta.faces.ViewState}) is the
 * visitor's situation, not a server error: the visitor is sent to the localised expired page
 * (also from an Ajax request, as a partial redirect), with one log line and no stack trace.
 * Registered in faces-config.xml; any other exception goes on to the default handling.
 */
public class ExpiredViews extends ExceptionHandlerFactory {
  private static final Logger LOG = Logger.getLogger(ExpiredViews.class.getName());
  static final String PAGE = "/expired.xhtml";

  public ExpiredViews(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {
    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable error = events.next().getContext().getException();
        if (expired(error)) {
          events.remove();
          toExpiredPage(error);
        }
      }
      getWrapped().handle();
    }

    private static boolean expired(Throwable error) {
      Throwable t = error;
      for (int i = 0; t != null && i < 16; i++, t = t.getCause()) {
        if (t instanceof ViewExpiredException || t instanceof ProtectedViewException) {
          return true;
        }
        if (!(t instanceof FacesException)) {
          return false;
        }
      }
      return false;
    }

    private static void toExpiredPage(Throwable error) {
      FacesContext faces = FacesContext.getCurrentInstance();
      ExternalContext external = faces.getExternalContext();
      LOG.info(() -> "Expired or unknown view state: " + error.getClass().getSimpleName());
      if (!external.isResponseCommitted()) {
        try {
          external.redirect(external.getRequestContextPath() + PAGE);
        } catch (IOException e) {
          throw new FacesException(e);
        }
      }
      faces.responseComplete();
    }
  }
}
