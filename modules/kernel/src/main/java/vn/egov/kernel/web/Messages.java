package vn.egov.kernel.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.egov.kernel.api.FieldErrors;

/** Texts of the kernel's bundle for the current locale, and field-level messages on forms. */
public final class Messages {
    public static final String BUNDLE = "i18n.kernel";

    private Messages() {
    }

    public static String text(FacesContext faces, String key, Object... args) {
        Locale locale = faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Language.VIETNAMESE;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader()).getString(key);
            return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static void info(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces, key), null));
    }

    public static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null,
            new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** Shows each error beside its field: the client id is the form id, a colon and the field name. */
    public static void show(String formId, FieldErrors errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Map.Entry<String, String> e : errors.byField().entrySet()) {
            faces.addMessage(formId + ":" + e.getKey(),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getValue(), null));
        }
        faces.validationFailed();
    }
}
