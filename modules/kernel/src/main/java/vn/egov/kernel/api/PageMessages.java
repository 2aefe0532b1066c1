package vn.egov.kernel.api;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of a module's bundle in the page's language, and messages on Faces pages: global
 * ones, and field-level ones from {@link FieldErrors}. Every module's backing beans use it.
 */
public final class PageMessages {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /**
     * Without it a page in Vietnamese would get the English bundle on a server whose default
     * locale is English: the base bundle is the Vietnamese one, and no other language may stand in for it.
     */
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES);

    private PageMessages() {
    }

    /** The text of {@code key} in {@code bundle} (for instance "i18n.feedback"), or the key when missing. */
    public static String text(String bundle, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return text(faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : VIETNAMESE, bundle, key, args);
    }

    /** The text of {@code key} in {@code bundle} in the given language, or the key when missing. */
    public static String text(Locale locale, String bundle, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(bundle, locale, PageMessages.class.getClassLoader(), NO_FALLBACK)
                .getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
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
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : VIETNAMESE;
    }

    /** Shows each error beside its field: the client id is the form id, a colon and the field name. */
    public static void show(String formId, FieldErrors errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Map.Entry<String, String> e : errors.fields(pageLocale()).entrySet()) {
            faces.addMessage(formId + ":" + e.getKey(), new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getValue(), null));
        }
        faces.validationFailed();
    }
}
