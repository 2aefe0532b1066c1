package vn.egov.sandbox.vnpay;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes the gateway's flat JSON objects through JSON-P (Parsson). Reading gives strings as
 * {@link String}, numbers as {@link BigDecimal}, booleans as {@link Boolean}, {@code null} as {@code null}, and
 * nested objects or arrays as their {@link JsonValue}.
 */
public final class JsonCodec {
    private JsonCodec() {}

    /** Parses a JSON object; throws {@link IllegalArgumentException} if the text is not one. */
    public static Map<String, Object> parseObject(String text) {
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            object = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getMessage(), e);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : object.entrySet()) {
            JsonValue v = e.getValue();
            Object plain = switch (v.getValueType()) {
                case STRING -> ((JsonString) v).getString();
                case NUMBER -> ((JsonNumber) v).bigDecimalValue();
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NULL -> null;
                default -> v;
            };
            map.put(e.getKey(), plain);
        }
        return map;
    }

    /** Writes a flat object of strings, numbers, booleans and nulls (anything else as its text). */
    public static String write(Map<String, ?> values) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            Object v = e.getValue();
            if (v == null) {
                b.addNull(e.getKey());
            } else if (v instanceof Boolean flag) {
                b.add(e.getKey(), flag);
            } else if (v instanceof Integer i) {
                b.add(e.getKey(), i);
            } else if (v instanceof Long l) {
                b.add(e.getKey(), l);
            } else if (v instanceof BigDecimal d) {
                b.add(e.getKey(), d);
            } else {
                b.add(e.getKey(), v.toString());
            }
        }
        return b.build().toString();
    }
}
