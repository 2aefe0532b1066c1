package vn.egov.kernel.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import vn.egov.kernel.api.helpers.InputText;

/**
 * {@link InputText}'s rule on every text field of every page: Faces applies a converter for
 * {@code String} to each input bound to a String, so a field holding a NUL, a control character or
 * a non-character gets its own error message, and accepted text reaches the bean in NFC.
 */
@FacesConverter(forClass = String.class)
public class TextConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null) {
            return null;
        }
        int at = InputText.firstRefused(value);
        if (at >= 0) {
            throw new ConverterException(new FacesMessage(
                    FacesMessage.SEVERITY_ERROR,
                    Messages.text(
                            context, "common.badCharacter", String.format("%04X", (int) value.charAt(at)), at + 1),
                    null));
        }
        return InputText.normalised(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
