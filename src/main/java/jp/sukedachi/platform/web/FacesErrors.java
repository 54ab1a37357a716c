package jp.sukedachi.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import jp.sukedachi.platform.DomainException;
import jp.sukedachi.platform.FieldError;
import jp.sukedachi.platform.InvalidInputException;
import jp.sukedachi.platform.Texts;

/**
 * Shows domain errors in the web UI: a field error next to the input whose id is the field's
 * name inside the given form, anything else at the top of the page.
 */
@ApplicationScoped
public class FacesErrors {

  /** Runs an action; on a domain error shows it and returns false. */
  public boolean attempt(String formId, Runnable action) {
    try {
      action.run();
      return true;
    } catch (DomainException e) {
      show(formId, e);
      return false;
    }
  }

  public void show(String formId, DomainException e) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces.getViewRoot().getLocale();
    faces.validationFailed();
    if (e instanceof InvalidInputException invalid) {
      for (FieldError f : invalid.errors()) {
        String text = f.message().in(locale);
        UIComponent input = faces.getViewRoot().findComponent(":" + formId + ":" + f.field());
        faces.addMessage(input == null ? null : input.getClientId(faces),
            new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
      }
      return;
    }
    String text = Texts.message(locale, e.key(), e.args());
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  public void info(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = Texts.message(faces.getViewRoot().getLocale(), key, args);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }
}
