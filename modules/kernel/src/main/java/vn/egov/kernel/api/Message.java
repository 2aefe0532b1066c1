package vn.egov.kernel.api;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A text for people, named by its key in a module's bundle ({@code i18n.feedback}...) with its
 * arguments, and resolved only when shown: in the page's language, or the API caller's
 * {@code Accept-Language}. Java code holds no user-facing text; it holds messages.
 *
 * @param bundle the bundle's base name, or null for a text not yet moved into a bundle (shown as is)
 */
public record Message(String bundle, String key, List<Object> args) implements Serializable {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public Message {
        args = List.copyOf(args);
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

    /** The text in the language given (Vietnamese when the bundle has no such language). */
    public String in(Locale locale) {
        return bundle == null ? key : PageMessages.text(locale, bundle, key, args.toArray());
    }

    /** The text in the current page's language. */
    public String onPage() {
        return bundle == null ? key : PageMessages.text(bundle, key, args.toArray());
    }
}
