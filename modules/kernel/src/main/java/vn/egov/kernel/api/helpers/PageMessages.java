package vn.egov.kernel.api.helpers;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Map;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Refusal;

/**
 * Texts of a module's bundle in the page's language, and messages on Faces pages: global
 * ones, and field-level ones from {@link FieldErrors}. Every module's backing beans use it.
 */
public final class PageMessages {
    private PageMessages() {}

    /** The text of {@code key} in {@code bundle} (for instance "i18n.feedback") in the page's language, or the key. */
    public static String text(String bundle, String key, Object... args) {
        return Message.text(Message.pageLocale(), bundle, key, args);
    }

    /** The text of {@code key} in {@code bundle} in the given language, or the key when missing. */
    public static String text(Locale locale, String bundle, String key, Object... args) {
        return Message.text(locale, bundle, key, args);
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** A refusal as a global message, in the page's language. */
    public static void error(Refusal refusal) {
        error(refusal.message(pageLocale()));
    }

    private static Locale pageLocale() {
        return Message.pageLocale();
    }

    /** Shows each error beside its field: the client id is the form id, a colon and the field name. */
    public static void show(String formId, FieldErrors errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Map.Entry<String, String> e : errors.fields(pageLocale()).entrySet()) {
            faces.addMessage(
                    formId + ":" + e.getKey(), new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getValue(), null));
        }
        faces.validationFailed();
    }
}
