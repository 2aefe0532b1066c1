package vn.egov.kernel.api;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A text for people, named by its key in a module's bundle ({@code i18n.feedback}...) with its
 * arguments, and resolved only when shown: in the page's language, or the API caller's
 * {@code Accept-Language}. Java code holds no user-facing text; it holds messages.
 *
 * @param bundle the bundle's base name, or null for a text not yet moved into a bundle (shown as is)
 */
public record Message(String bundle, String key, List<Object> args) implements Serializable {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /**
     * Without it a page in Vietnamese would get the English bundle on a server whose default
     * locale is English: the base bundle is the Vietnamese one, and no other language may stand in for it.
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Message {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Message of(String bundle, String key, Object... args) {
        return new Message(bundle, key, List.of(args));
    }

    /**
     * A text that is not yet in a bundle. Code that still makes one is listed in the module guide
     * as work left; new code never does.
     */
    public static Message literal(String text) {
        return new Message(null, text, List.of());
    }

    /**
     * The text in the language given (Vietnamese when the bundle has no such language). An argument
     * that is itself a message is read in the same language.
     */
    public String in(Locale locale) {
        return bundle == null
                ? key
                : text(
                        locale,
                        bundle,
                        key,
                        args.stream()
                                .map(a -> a instanceof Message inner ? inner.in(locale) : a)
                                .toArray());
    }

    /** The text in the current page's language. */
    public String onPage() {
        return in(pageLocale());
    }

    /** The language of the page being rendered; Vietnamese outside a page. */
    public static Locale pageLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : VIETNAMESE;
    }

    /** The text of {@code key} in {@code bundle} in the given language, or the key when missing. */
    public static String text(Locale locale, String bundle, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(bundle, locale, Message.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
