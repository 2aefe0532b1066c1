package vn.egov.kernel.api.helpers;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.Map;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;

/**
 * The platform's one rule for text that comes in from outside (form fields, JSON, query strings,
 * paths): it must not hold NUL, other control characters than tab, line feed and carriage return
 * (C0 and C1, DEL), Unicode non-characters (U+FDD0..U+FDEF, U+FFFE, U+FFFF and their kin in every
 * plane) or halves of surrogate pairs; such text is refused, never silently changed. Accepted
 * text is NFC-normalised, so "Việt" typed on a phone that sends decomposed letters is stored and
 * found like any other.
 */
public final class InputText {
    private InputText() {}

    /** Whether the text holds none of the refused characters (null is acceptable). */
    public static boolean acceptable(CharSequence text) {
        return text == null || firstRefused(text) < 0;
    }

    /** The index of the first refused character, or -1. */
    public static int firstRefused(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return i;
                }
            } else if (c >= 0x7F && c <= 0x9F) {
                return i;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return i;
                }
                int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                if ((codePoint & 0xFFFE) == 0xFFFE) {
                    return i;
                }
                i++;
            } else if (Character.isLowSurrogate(c) || (c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF) {
                return i;
            }
        }
        return -1;
    }

    /** The text in NFC (null stays null); only the rare text that is not already NFC is copied. */
    public static String normalised(String text) {
        if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * The text, NFC-normalised, or a refusal on the field: {@link FieldErrors} with a message
     * that says which character (by its code, as it cannot be shown) and where.
     */
    public static String checked(String field, String text) {
        if (text == null) {
            return null;
        }
        int at = firstRefused(text);
        if (at >= 0) {
            throw FieldErrors.of(field, refusal(text, at));
        }
        return normalised(text);
    }

    /** Why the text is refused: the code of the character and its position (from 1). */
    public static Message refusal(CharSequence text, int at) {
        return Message.of("i18n.kernel", "common.badCharacter", String.format("%04X", (int) text.charAt(at)), at + 1);
    }

    /**
     * A JSON text with every string and name checked and composed; the same instance when nothing
     * needed changing (the usual case, found in one pass without parsing). Text that is not JSON is
     * returned as it is, for the resource to refuse as malformed.
     */
    public static String json(String text) {
        // \\u escapes can spell any character, so only a text without them is judged as it stands
        if (!text.contains("\\u") && firstRefused(text) < 0) {
            return normalised(text); // JSON syntax is ASCII: composing the whole text composes each string
        }
        JsonValue value;
        try {
            value = JsonFactories.READERS.createReader(new StringReader(text)).readValue();
        } catch (JsonException | IllegalStateException malformed) {
            return text;
        }
        StringWriter out = new StringWriter();
        JsonFactories.WRITERS.createWriter(out).write(cleaned(value, "body"));
        return out.toString();
    }

    /** Looked up once, when JSON is first screened: each {@code Json.create...} call searches the class path for a provider. */
    private static final class JsonFactories {
        static final JsonProvider JSON = JsonProvider.provider();
        static final JsonReaderFactory READERS = JsonFactories.JSON.createReaderFactory(Map.of());
        static final JsonWriterFactory WRITERS = JsonFactories.JSON.createWriterFactory(Map.of());
    }

    private static JsonValue cleaned(JsonValue value, String field) {
        switch (value.getValueType()) {
            case STRING:
                return JsonFactories.JSON.createValue(checked(field, ((JsonString) value).getString()));
            case OBJECT:
                JsonObjectBuilder object = JsonFactories.JSON.createObjectBuilder();
                for (Map.Entry<String, JsonValue> member : ((JsonObject) value).entrySet()) {
                    String name = checked(field, member.getKey());
                    object.add(name, cleaned(member.getValue(), name));
                }
                return object.build();
            case ARRAY:
                JsonArrayBuilder array = JsonFactories.JSON.createArrayBuilder();
                for (JsonValue element : (JsonArray) value) {
                    array.add(cleaned(element, field));
                }
                return array.build();
            default:
                return value;
        }
    }
}
