package vn.egov.kernel.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;

/** The error body of every module's REST API: a machine code, a Vietnamese message, and per-field messages where useful. */
public record ApiError(String error, String message, Map<String, String> fields) {

    public static Response response(Response.Status status, String error, String message, Map<String, String> fields) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(error, message, fields))
                .build();
    }

    /** The caller's language for messages: English when his Accept-Language prefers it to Vietnamese, else Vietnamese. */
    public static Locale language(jakarta.ws.rs.core.HttpHeaders headers) {
        return headers == null ? Message.VIETNAMESE : language(headers.getAcceptableLanguages());
    }

    /** The same, from the raw header (where JAX-RS is not at hand). */
    public static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Message.VIETNAMESE;
        }
        try {
            return language(Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(r -> Locale.forLanguageTag(r.getRange()))
                    .toList());
        } catch (IllegalArgumentException malformed) {
            return Message.VIETNAMESE;
        }
    }

    private static Locale language(java.util.List<Locale> preferred) {
        for (Locale wanted : preferred) {
            if (wanted.getLanguage().equals("vi") || wanted.getLanguage().equals("*")) {
                return Message.VIETNAMESE;
            }
            if (wanted.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return Message.VIETNAMESE;
    }
}
