package vn.egov.kernel.api;

import java.util.Locale;
import java.util.Map;

/**
 * A request refused for a reason the caller can act on: every module's refusals extend this. It
 * carries a {@link Message} (resolved in the reader's language), the HTTP status and machine code
 * the REST API answers with, and the field it is about, if any. Pages show it with
 * {@code PageMessages.error(refusal)} (kernel.api.helpers); the kernel's exception mapper answers it in {@link ApiError}
 * form, so a module needs no mapper of its own.
 */
public class Refusal extends RuntimeException {
    private final int status;
    private final String code;
    private final String field;
    private final transient Message text;

    /**
     * @param status the HTTP status that says it best (400, 403, 404, 409, 429...)
     * @param code   a short machine code for API clients ({@code forbidden}, {@code illegal_step}...)
     * @param field  the input field it is about, or null
     */
    public Refusal(int status, String code, String field, Message text) {
        super(text.in(Message.VIETNAMESE));
        this.status = status;
        this.code = code;
        this.field = field;
        this.text = text;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public Message text() {
        return text;
    }

    /** The message in the language given. */
    public String message(Locale locale) {
        return text.in(locale);
    }

    /** Per-field messages in the language given; for a refusal about one field, that field's message. */
    public Map<String, String> fields(Locale locale) {
        return field == null ? Map.of() : Map.of(field, message(locale));
    }
}
