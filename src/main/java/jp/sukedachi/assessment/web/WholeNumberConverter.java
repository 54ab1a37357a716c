package jp.sukedachi.assessment.web;

import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigInteger;
import java.text.Normalizer;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import jp.sukedachi.platform.Texts;

/**
 * A whole number as an owner types it: full-width digits and thousands separators are fine
 * ("１２", "30,000"), a fraction ("2.5"), text or a number beyond the field's type is refused
 * with a message next to the field, never rounded or cut. Shown with thousands separators.
 */
@FacesConverter("sukedachi.wholeNumber")
public class WholeNumberConverter implements Converter<Number> {
  private static final Pattern WHOLE = Pattern.compile("[+-]?(\\d+|\\d{1,3}(,\\d{3})+)");

  /** Why a text is not a whole number of the type; {@code key} names the message. */
  static final class NotWhole extends IllegalArgumentException {
    final String key;

    NotWhole(String key) {
      super(key);
      this.key = key;
    }
  }

  @Override
  public Number getAsObject(FacesContext context, UIComponent component, String text) {
    try {
      return parse(text, targetType(context, component));
    } catch (NotWhole e) {
      String message = Texts.message(context.getViewRoot().getLocale(), e.key);
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Number value) {
    return value == null ? "" : NumberFormat.getIntegerInstance(Locale.JAPAN).format(value);
  }

  /** The number in the text as an Integer or a Long (whichever {@code type} is); null if blank. */
  static Number parse(String text, Class<?> type) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
    if (!WHOLE.matcher(t).matches()) {
      throw new NotWhole("error.whole-number");
    }
    BigInteger n = new BigInteger(t.replace(",", ""));
    boolean integer = type == Integer.class || type == int.class;
    if (n.bitLength() > (integer ? 31 : 63)) {
      throw new NotWhole("error.number-range");
    }
    if (integer) {
      return n.intValue(); // not in a ?: with a Long, which would widen it to a Long
    }
    return n.longValue();
  }

  private static Class<?> targetType(FacesContext context, UIComponent component) {
    ValueExpression value = component.getValueExpression("value");
    return value == null ? Long.class : value.getType(context.getELContext());
  }
}
