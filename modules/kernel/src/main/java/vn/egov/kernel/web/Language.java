package vn.egov.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The visitor's language: Vietnamese unless English is chosen with {@code ?lang=en} (the switch in
 * the page header is such a link). The choice is kept in a cookie, not in a session, so that a
 * page view needs no session and the choice outlives signing in and out.
 */
@Named
@RequestScoped
public class Language {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String COOKIE = "lang";
    private static final Set<String> SUPPORTED = Set.of("vi", "en");
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private Locale locale;

    /** The locale of this request; a lang parameter switches it (and is remembered) first. */
    public Locale getLocale() {
        if (locale == null) {
            locale = decide(FacesContext.getCurrentInstance());
        }
        return locale;
    }

    public String getTag() {
        return getLocale().getLanguage();
    }

    /** This page's address with the language switched to the given one (other parameters kept). */
    public String link(String tag) {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        String query = request.getQueryString() == null
                ? ""
                : Arrays.stream(request.getQueryString().split("&"))
                        .filter(p -> !p.isEmpty() && !p.startsWith("lang="))
                        .collect(Collectors.joining("&"));
        return request.getRequestURI() + "?" + (query.isEmpty() ? "" : query + "&") + "lang="
                + URLEncoder.encode(tag, StandardCharsets.UTF_8);
    }

    private static Locale decide(FacesContext faces) {
        if (faces == null) {
            return VIETNAMESE;
        }
        ExternalContext external = faces.getExternalContext();
        String requested = external.getRequestParameterMap().get("lang");
        if (requested != null) {
            String tag = requested.trim().toLowerCase(Locale.ROOT);
            if (!SUPPORTED.contains(tag)) {
                faces.addMessage(
                        null,
                        new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.text(faces, "language.unknown"), null));
                remember(external, VIETNAMESE.getLanguage());
                return VIETNAMESE;
            }
            remember(external, tag);
            return Locale.forLanguageTag(tag);
        }
        Object cookie = external.getRequestCookieMap().get(COOKIE);
        if (cookie instanceof Cookie chosen && SUPPORTED.contains(chosen.getValue())) {
            return Locale.forLanguageTag(chosen.getValue());
        }
        return VIETNAMESE;
    }

    private static void remember(ExternalContext external, String tag) {
        if (external.getResponse() instanceof HttpServletResponse response && !response.isCommitted()) {
            Cookie cookie = new Cookie(COOKIE, tag);
            cookie.setPath(external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath());
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }
}
