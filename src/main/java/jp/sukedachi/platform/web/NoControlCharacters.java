package jp.sukedachi.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jp.sukedachi.platform.StrictJson;
import jp.sukedachi.platform.Texts;

/**
 * Every text typed into a form of the web UI, refused with a message next to its field when it
 * holds a control character other than tab and line breaks: the same rule as for REST bodies
 * ({@link StrictJson#hasForbiddenControl}), so a NUL never reaches the database from either
 * channel. Registered as a default validator in faces-config.xml, so no page can forget it.
 */
@FacesValidator(NoControlCharacters.ID)
public class NoControlCharacters implements Validator<Object> {
  public static final String ID = "sukedachi.noControlCharacters";

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    if (value instanceof String text && StrictJson.hasForbiddenControl(text)) {
      String message = Texts.message(context.getViewRoot().getLocale(), "error.control-character");
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
  }
}
