package vn.egov.kernel.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The refusal of a submitted form: one message per field, in the order the fields were checked
 * (400, {@code invalid_fields}). Pages show each beside its field ({@code PageMessages.show}, kernel.api.helpers).
 */
public final class FieldErrors extends Refusal {
    private final transient Map<String, Message> messages;

    private FieldErrors(Map<String, Message> messages, boolean keyed) {
        super(
                400,
                "invalid_fields",
                messages.keySet().stream().findFirst().orElse(null),
                Message.literal(messages.values().stream()
                        .map(m -> m.in(Message.VIETNAMESE))
                        .collect(Collectors.joining("; "))));
        this.messages = Collections.unmodifiableMap(new LinkedHashMap<>(messages));
    }

    /** Field errors with texts not yet in a bundle (kernel and signing code still makes them; new code does not). */
    public FieldErrors(Map<String, String> byField) {
        this(
                byField.entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey,
                                e -> Message.literal(e.getValue()),
                                (a, b) -> a,
                                LinkedHashMap::new)),
                false);
    }

    /** Field errors by message key. */
    public static FieldErrors keyed(Map<String, Message> byField) {
        return new FieldErrors(byField, true);
    }

    public static FieldErrors of(String field, Message message) {
        return keyed(Map.of(field, message));
    }

    /** One field's error with a text not yet in a bundle. */
    public static FieldErrors of(String field, String text) {
        return of(field, Message.literal(text));
    }

    /** The messages, in Vietnamese. */
    public Map<String, String> byField() {
        return fields(Message.VIETNAMESE);
    }

    public Map<String, Message> messages() {
        return messages;
    }

    @Override
    public String message(Locale locale) {
        return messages.values().stream().map(m -> m.in(locale)).collect(Collectors.joining("; "));
    }

    @Override
    public Map<String, String> fields(Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        messages.forEach((field, message) -> texts.put(field, message.in(locale)));
        return Collections.unmodifiableMap(texts);
    }
}
