package vn.egov.kernel.web;

import jakarta.faces.context.FacesContext;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Refusal;
import vn.egov.kernel.api.helpers.PageMessages;

/** The kernel's own bundle on its pages; the mechanics are the shared {@link PageMessages}. */
public final class Messages {
    public static final String BUNDLE = "i18n.kernel";

    private Messages() {}

    public static String text(FacesContext faces, String key, Object... args) {
        return PageMessages.text(BUNDLE, key, args);
    }

    public static void info(String key) {
        PageMessages.info(PageMessages.text(BUNDLE, key));
    }

    public static void error(String message) {
        PageMessages.error(message);
    }

    /** A refusal as a global message, in the page's language. */
    public static void error(Refusal refusal) {
        PageMessages.error(refusal);
    }

    public static void show(String formId, FieldErrors errors) {
        PageMessages.show(formId, errors);
    }
}
