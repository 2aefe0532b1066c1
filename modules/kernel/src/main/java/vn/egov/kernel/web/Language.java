package vn.egov.kernel.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/** The visitor's language: Vietnamese unless English is chosen (?lang=en or the switch). */
@Named
@SessionScoped
public class Language implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Set<String> SUPPORTED = Set.of("vi", "en");

    private Locale locale = VIETNAMESE;

    /** The locale of this page; a lang parameter in the request switches it first. */
    public Locale getLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String requested = faces == null ? null : faces.getExternalContext().getRequestParameterMap().get("lang");
        if (requested != null && !faces.getAttributes().containsKey("languageChecked")) {
            faces.getAttributes().put("languageChecked", Boolean.TRUE);
            apply(requested, faces);
        }
        return locale;
    }

    public String getTag() {
        return locale.getLanguage();
    }

    /** Switches language and stays on the same page. */
    public void switchTo(String tag) {
        apply(tag, FacesContext.getCurrentInstance());
    }

    private void apply(String tag, FacesContext faces) {
        boolean supported = tag != null && SUPPORTED.contains(tag.trim().toLowerCase(Locale.ROOT));
        locale = supported ? Locale.forLanguageTag(tag.trim().toLowerCase(Locale.ROOT)) : VIETNAMESE;
        if (faces.getViewRoot() != null) {
            faces.getViewRoot().setLocale(locale);
        }
        if (!supported) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                Messages.text(faces, "language.unknown"), null));
        }
    }
}
