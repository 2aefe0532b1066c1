package vn.egov.kernel.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Messages about a submitted form, one per field, in the order the fields were checked. */
public final class FieldErrors extends RuntimeException {
    private final Map<String, String> byField;

    public FieldErrors(Map<String, String> byField) {
        super(String.join("; ", byField.values()));
        this.byField = Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    public static FieldErrors of(String field, String message) {
        return new FieldErrors(Map.of(field, message));
    }

    public Map<String, String> byField() {
        return byField;
    }
}
